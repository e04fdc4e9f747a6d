import type { Editor } from '@tiptap/core'
import type { BlockCommand } from '../commands/BlockCommand'
import { canRunBlockCommand } from '../commands/canRunBlockCommand'
import { focusEditorNow } from '../focusEditorNow'

/** Removes the typed "/query" and runs the chosen command in its place; does nothing if it does not apply there. */
export function runSlashMenuCommand(editor: Editor, command: BlockCommand, range: { from: number; to: number }): boolean {
  if (!canRunBlockCommand(editor, command)) return false
  focusEditorNow(editor)
  return command.apply(editor.chain().deleteRange(range)).run()
}
