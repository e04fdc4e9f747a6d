/** An accepted or rejected change, with who decided and when. */
export interface ReviewDecision {
  documentId: string
  changeId: string
  decision: 'accepted' | 'rejected'
  userId: string
  /** Name and department of the deciding account, as the API lists them. */
  userName?: string
  userDepartment?: string
  at: string
}
