import type { EditorState } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition, type ProsemirrorBinding } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { CommentRange } from '../../../shared/review/CommentThread'
import { readYBinding } from './readYBinding'

/**
 * The passage from `from` to `to` as Yjs relative positions tied to its first and last character, so that
 * text written right before or right after it stays outside and text written inside it comes in.
 */
export function encodeCommentRange(state: EditorState, from: number, to: number): CommentRange | null {
  const binding = readYBinding(state)
  if (!binding) return null
  const encode = (position: number, assoc: number) => bytesToBase64(Y.encodeRelativePosition(relativeToCharacter(state, binding, position, assoc)))
  return { start: encode(from, 0), end: encode(to, -1) }
}

/**
 * y-tiptap names a position at the start of a textblock by the block, not by its first character: text
 * typed there later would join the passage. Within a textblock the position is named by the character
 * after it (`assoc` 0) or before it (-1) instead.
 */
function relativeToCharacter(state: EditorState, binding: ProsemirrorBinding, position: number, assoc: number): Y.RelativePosition {
  const resolved = state.doc.resolve(position)
  const textblock = resolved.parent
  if (textblock.isTextblock) {
    let element: Y.XmlElement | null = null
    for (const [type, node] of binding.mapping) {
      if (node === textblock && type instanceof Y.XmlElement) element = type
    }
    let offset = resolved.parentOffset
    for (const child of element?.toArray() ?? []) {
      if (child instanceof Y.XmlText) {
        const length = child.length
        if (offset < length || (offset === length && assoc < 0 && length > 0)) return Y.createRelativePositionFromTypeIndex(child, offset, assoc)
        offset -= length
      } else {
        offset -= 1
      }
    }
  }
  return absolutePositionToRelativePosition(position, binding.type, binding.mapping) as Y.RelativePosition
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary)
}
