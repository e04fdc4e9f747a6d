import type { EditorState } from '@tiptap/pm/state'
import type { FieldStop } from './FieldStop'
import { fieldNodeNames } from './fieldNodeNames'

/** The labelled field around the cursor, or null outside any field. */
export function findCurrentFieldStop(state: EditorState): FieldStop | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if (fieldNodeNames.has($from.node(depth).type.name)) return { kind: 'field', position: $from.before(depth) }
  }
  return null
}
