/** The address of a document's Fassungen page. */
export function fassungenPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}/fassungen`
}
