import { fassungenPath } from './fassungenPath'

/** The address of one Fassung, shown read-only. */
export function fassungPath(documentId: string, fassungId: string): string {
  return `${fassungenPath(documentId)}/${encodeURIComponent(fassungId)}`
}
