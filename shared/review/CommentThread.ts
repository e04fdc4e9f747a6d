/**
 * The passage a comment made in the editor covers, as Yjs relative positions (`Y.encodeRelativePosition`,
 * base64) of its start and end: they stay with the same characters whatever is edited before or inside.
 */
export interface CommentRange {
  start: string
  end: string
}

/** Where a comment thread is anchored: a block, optionally one change in it, the quoted passage and, from the editor, its exact range. */
export interface CommentAnchor {
  blockId: string | null
  changeId: string | null
  quote: string
  range?: CommentRange
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
