import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Decoration } from '@tiptap/pm/view'
import type { NumberingSpec } from './NumberingSpec'
import { readNumberingSpec } from './readNumberingSpec'

/**
 * `update` option for React node views that show derived numbers: Tiptap re-renders a view only when its
 * node changes, but inserting a section earlier in the document changes the number and not the node.
 */
export function rerenderOnNumberingChange({
  oldNode,
  newNode,
  oldDecorations,
  newDecorations,
  updateProps,
}: {
  oldNode: ProseMirrorNode
  newNode: ProseMirrorNode
  oldDecorations: readonly Decoration[]
  newDecorations: readonly Decoration[]
  updateProps: () => void
}): boolean {
  if (oldNode !== newNode || !sameNumbering(readNumberingSpec(oldDecorations), readNumberingSpec(newDecorations))) updateProps()
  return true
}

function sameNumbering(a: NumberingSpec, b: NumberingSpec): boolean {
  return a.number === b.number && a.depth === b.depth && a.teilzielOrdinal === b.teilzielOrdinal && a.sectionNumber === b.sectionNumber
}
