import type { CommentAnchor } from '../../../shared/review/CommentThread'

/** What a new comment will refer to, with the words that say so in the form. */
export interface CommentTarget {
  anchor: CommentAnchor
  description: string
}
