import type { EditorState } from '@tiptap/pm/state'
import { yUndoPluginKey } from '@tiptap/y-tiptap'

/**
 * Closes the current undo step of the collaboration undo manager, so that an action (a replacement, a block move)
 * is an undo step of its own and not merged with what came just before or after it (the manager merges changes
 * within half a second).
 */
export function stopUndoCapturing(state: EditorState): void {
  const undoState = yUndoPluginKey.getState(state) as { undoManager?: { stopCapturing: () => void } } | undefined
  undoState?.undoManager?.stopCapturing()
}
