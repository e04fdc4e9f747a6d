/** Where a comment thread is anchored: a block, optionally one change in it and the quoted passage. */
export interface CommentAnchor {
  blockId: string | null
  changeId: string | null
  quote: string
}

export interface Comment {
  id: string
  threadId: string
  authorId: string
  authorName: string
  authorDepartment: string
  body: string
  createdAt: string
}

export interface CommentThread {
  id: string
  documentId: string
  anchor: CommentAnchor
  resolved: boolean
  resolvedBy: string | null
  createdAt: string
  comments: Comment[]
}
