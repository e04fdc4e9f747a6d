import type { EditorState } from '@tiptap/pm/state'
import type { ShownChange } from './ShownChange'
import { trackChangesPluginKey } from './trackChangesPlugin'

/** The marked change the caret stands in (an insertion) or beside (a deletion), if any. */
export function findChangeAtCaret(state: EditorState): ShownChange | null {
  const changes = trackChangesPluginKey.getState(state)?.changes ?? []
  const { head } = state.selection
  return changes.find((change) => (change.status === 'inserted' ? head > change.from && head < change.to : head === change.from)) ?? changes.find((change) => change.status === 'inserted' && (head === change.from || head === change.to)) ?? null
}
