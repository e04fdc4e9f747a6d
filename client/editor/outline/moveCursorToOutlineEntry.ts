import type { Editor } from '@tiptap/core'
import { Selection } from '@tiptap/pm/state'
import type { OutlineEntry } from '../../../shared/model/collectOutline'
import { focusEditorNow } from '../focusEditorNow'
import { findOutlineEntryPosition } from './findOutlineEntryPosition'

/** Puts the cursor at the start of an outline entry's block, scrolls it to the top and focuses the editor. */
export function moveCursorToOutlineEntry(editor: Editor, entry: OutlineEntry): void {
  const position = findOutlineEntryPosition(editor.state.doc, entry)
  if (position === null) return
  const { tr } = editor.state
  editor.view.dispatch(tr.setSelection(Selection.near(tr.doc.resolve(position + 1))))
  focusEditorNow(editor)
  const element = editor.view.nodeDOM(position)
  if (element instanceof HTMLElement) element.scrollIntoView({ block: 'start' })
}
