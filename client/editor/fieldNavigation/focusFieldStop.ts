import type { Editor } from '@tiptap/core'
import { Selection } from '@tiptap/pm/state'
import { focusEditorNow } from '../focusEditorNow'
import type { FieldDirection, FieldStop } from './FieldStop'

/**
 * Moves the focus to a field stop: the cursor to the start of a field, or the keyboard focus to the first
 * (forward) or last (backward) control of a Maßnahme header. Returns false if the stop cannot be reached.
 */
export function focusFieldStop(editor: Editor, stop: FieldStop, direction: FieldDirection): boolean {
  if (stop.kind === 'massnahmeControls') {
    const element = editor.view.nodeDOM(stop.position)
    if (!(element instanceof HTMLElement)) return false
    const controls = Array.from(element.querySelectorAll<HTMLElement>('[data-field-control]')).filter((control) => !control.matches(':disabled'))
    const control = direction === 'forward' ? controls[0] : controls[controls.length - 1]
    if (!control) return false
    control.focus()
    return true
  }
  const { tr } = editor.state
  editor.view.dispatch(tr.setSelection(Selection.near(tr.doc.resolve(Math.min(stop.position + 1, tr.doc.content.size)))).scrollIntoView())
  focusEditorNow(editor)
  return true
}
