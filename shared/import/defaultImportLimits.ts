import type { ImportLimits } from './ImportLimits'

/** Generous for a 200-page concept (about 10,000 lines or 30,000 runs), far below what exhausts the server. */
export const defaultImportLimits: ImportLimits = {
  maxInflatedBytes: 20 * 1024 * 1024,
  maxArchiveEntries: 1_000,
  maxElements: 100_000,
}
