import type { Editor } from '@tiptap/core'
import { collectFieldStops } from './collectFieldStops'
import type { FieldDirection, FieldStop } from './FieldStop'
import { focusFieldStop } from './focusFieldStop'

/**
 * Moves from one field stop to the next or previous one in the document. Returns false at either end, so
 * that Tab can leave the editor there as it normally would.
 */
export function moveToAdjacentFieldStop(editor: Editor, from: FieldStop, direction: FieldDirection): boolean {
  const stops = collectFieldStops(editor.state.doc)
  const index = stops.findIndex((stop) => stop.kind === from.kind && stop.position === from.position)
  if (index < 0) return false
  const step = direction === 'forward' ? 1 : -1
  for (let candidate = index + step; candidate >= 0 && candidate < stops.length; candidate += step) {
    const stop = stops[candidate]
    if (stop && focusFieldStop(editor, stop, direction)) return true
  }
  return false
}
