import type { EditorState } from '@tiptap/pm/state'
import type { CommentAnchor } from '../../../shared/review/CommentThread'
import { encodeCommentRange } from './encodeCommentRange'

const maxQuoteLength = 500

/** The selected passage as a comment anchor (block, quote, Yjs range), or null without a text selection. */
export function readCommentablePassage(state: EditorState): CommentAnchor | null {
  const { from, to, empty } = state.selection
  if (empty) return null
  const quote = state.doc.textBetween(from, to, ' ', ' ').replace(/\s+/g, ' ').trim()
  if (!quote) return null
  const range = encodeCommentRange(state, from, to)
  if (!range) return null
  const blockId: unknown = state.doc.resolve(from).parent.attrs['id']
  return { blockId: typeof blockId === 'string' ? blockId : null, changeId: null, quote: quote.slice(0, maxQuoteLength), range }
}
