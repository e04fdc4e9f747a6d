/** The address of a document's activity page (who changed how much where). */
export function activityPath(documentId: string): string {
  return `/d/${encodeURIComponent(documentId)}/aktivitaet`
}
