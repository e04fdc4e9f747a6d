/**
 * An accepted or rejected change as `GET /api/documents/:id/decisions` lists it. Mirrors the server's
 * storage type, which lives outside `shared/`.
 */
export interface ReviewDecision {
  documentId: string
  changeId: string
  decision: 'accepted' | 'rejected'
  userId: string
  at: string
}
