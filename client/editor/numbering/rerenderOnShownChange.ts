import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Decoration } from '@tiptap/pm/view'
import type { NumberingSpec } from './NumberingSpec'
import { readNumberingSpec } from './readNumberingSpec'

/**
 * `update` option for React node views that show only their node's attributes and derived numbers (the
 * content is ProseMirror's): re-render when those change, not whenever the node object is new. The Yjs
 * binding rebuilds every node on each remote change, so comparing identity would re-render every view of a
 * long concept for each keystroke of a colleague; and inserting a section earlier changes a number but not
 * the node.
 */
export function rerenderOnShownChange({
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
  const shownChanged = oldNode.type !== newNode.type || !sameAttributes(oldNode.attrs, newNode.attrs) || !sameNumbering(readNumberingSpec(oldDecorations), readNumberingSpec(newDecorations))
  if (shownChanged) updateProps()
  return true
}

function sameAttributes(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => a[key] === b[key])
}

function sameNumbering(a: NumberingSpec, b: NumberingSpec): boolean {
  return a.number === b.number && a.depth === b.depth && a.teilzielOrdinal === b.teilzielOrdinal && a.sectionNumber === b.sectionNumber
}
