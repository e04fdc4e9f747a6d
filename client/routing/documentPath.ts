/** The address of the editor page of a document. */
export function documentPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}`
}
