import type { Extensions } from '@tiptap/core'
import { Node } from '@tiptap/core'
import { LabelledFieldView } from './LabelledFieldView'

/** A shared labelled field node whose label an editor can rename in place (see LabelledFieldView). */
export function withEditableLabel(extension: Extensions[number]): Extensions[number] {
  if (!(extension instanceof Node)) return extension
  return extension.extend({
    addNodeView() {
      return ({ node, editor, getPos }) => new LabelledFieldView(node, editor, getPos)
    },
  })
}
