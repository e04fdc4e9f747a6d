import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

/**
 * Puts the caret at the start of the text of the block with id `blockId`, focuses the editor and scrolls the
 * block to the middle of the window. Returns false while the document does not (yet) hold the block.
 */
export function focusBlock(editor: Editor, blockId: string): boolean {
  let position: number | null = null
  editor.state.doc.descendants((node, nodePosition) => {
    if (position !== null) return false
    if (node.attrs['id'] === blockId) position = nodePosition
    return position === null
  })
  if (position === null) return false
  const selection = TextSelection.near(editor.state.doc.resolve(position + 1))
  editor.view.dispatch(editor.state.tr.setSelection(selection))
  editor.view.focus()
  const { node } = editor.view.domAtPos(selection.from)
  const element = node instanceof HTMLElement ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
  return true
}
