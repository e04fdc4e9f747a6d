/** The address of a document's Beschlussvorlage page (the cover sheet fields and its exports). */
export function beschlussvorlagePath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}/beschlussvorlage`
}
