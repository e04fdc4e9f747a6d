import type { Editor } from '@tiptap/core'
import type { BlockCommand } from './BlockCommand'

/** Whether the command applies where the cursor is (a Unterabschnitt, say, only inside a Handlungsfeld). */
export function canRunBlockCommand(editor: Editor, command: BlockCommand): boolean {
  return command.apply(editor.can().chain()).run()
}
