import type { EditorState } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { CommentRange } from '../../../shared/review/CommentThread'
import { readYBinding } from './readYBinding'

/** Where a comment's passage stands in the editor now; null when its text is gone or the range cannot be read. */
export function resolveCommentRange(state: EditorState, range: CommentRange): { from: number; to: number } | null {
  const binding = readYBinding(state)
  if (!binding) return null
  try {
    const decode = (encoded: string) => Y.decodeRelativePosition(Uint8Array.from(atob(encoded), (character) => character.charCodeAt(0)))
    const from = relativePositionToAbsolutePosition(binding.doc, binding.type, decode(range.start), binding.mapping)
    const to = relativePositionToAbsolutePosition(binding.doc, binding.type, decode(range.end), binding.mapping)
    if (from === null || to === null || to <= from || to > state.doc.content.size) return null
    return { from, to }
  } catch {
    // A range written by another client version: the thread stays listed, only without its highlight.
    return null
  }
}
