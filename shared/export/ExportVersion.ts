import type { Fassung } from '../fassungen/Fassung'

/** The version an export shows: a frozen Fassung, or the live draft as of a moment. */
export type ExportVersion = { kind: 'fassung'; fassung: Fassung } | { kind: 'draft'; asOf: Date }
