import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { crossesStructure } from './crossesStructure'
import { structureRoleOf } from './structureRoleOf'

/** A range of document positions to delete with one `tr.delete`. */
export interface DeletionRange {
  from: number
  to: number
}

/**
 * How to delete `from`–`to` the way a Word table would, when an ordinary deletion would break structure
 * (see crossesStructure); null when it would not, so that ordinary editing (joining paragraphs) applies.
 * Exactly the covered text goes: a partly covered field keeps its uncovered text, a completely covered
 * field of a block keeps one empty paragraph (with the first paragraph's list formatting), and only blocks
 * covered completely are removed, each as one deletion. The ranges are in document order, disjoint, and
 * meant to be applied back to front.
 */
export function findStructureSafeDeletion(doc: ProseMirrorNode, from: number, to: number): DeletionRange[] | null {
  if (from >= to || !crossesStructure(doc, from, to)) return null
  const ranges: DeletionRange[] = []
  collectChildren(doc, 0, { from, to }, ranges)
  return ranges.filter((range) => range.to > range.from)
}

function collectChildren(parent: ProseMirrorNode, contentStart: number, covered: DeletionRange, ranges: DeletionRange[]): void {
  let run: { startIndex: number; endIndex: number; from: number; to: number } | null = null
  const closeRun = () => {
    if (!run) return
    // Removing whole children must leave the parent valid (a list keeps an item, a list item its paragraph).
    if (parent.canReplace(run.startIndex, run.endIndex)) ranges.push({ from: run.from, to: run.to })
    else for (let index = run.startIndex; index < run.endIndex; index += 1) collectText(parent.child(index), positionOfChild(parent, contentStart, index), ranges)
    run = null
  }
  parent.forEach((child, offset, index) => {
    const start = contentStart + offset
    const end = start + child.nodeSize
    if (end <= covered.from || start >= covered.to) return
    const whollyCovered = start >= covered.from && end <= covered.to
    if (whollyCovered && structureRoleOf(child.type.name) !== 'skeleton') {
      if (run) {
        run.endIndex = index + 1
        run.to = end
      } else run = { startIndex: index, endIndex: index + 1, from: start, to: end }
      return
    }
    closeRun()
    collectNode(child, start, covered, ranges)
  })
  closeRun()
}

function collectNode(node: ProseMirrorNode, start: number, covered: DeletionRange, ranges: DeletionRange[]): void {
  const end = start + node.nodeSize
  const role = structureRoleOf(node.type.name)
  if (start >= covered.from && end <= covered.to) {
    // Only skeleton fields get here whole (see collectChildren): they are emptied, never removed.
    clearText(node, start, ranges)
    return
  }
  if (node.isTextblock) {
    ranges.push({ from: Math.max(covered.from, start + 1), to: Math.min(covered.to, end - 1) })
    return
  }
  if (role === 'skeleton' || role === 'field') {
    const text = textSpan(node, start)
    if (text && covered.from <= text.from && covered.to >= text.to) {
      ranges.push(text)
      return
    }
  }
  collectChildren(node, start + 1, covered, ranges)
}

/** Removes all text of a field as one deletion from its first to its last text position, so its first paragraph stays. */
function clearText(node: ProseMirrorNode, start: number, ranges: DeletionRange[]): void {
  const text = textSpan(node, start)
  if (text) ranges.push(text)
}

/** Every textblock inside `node` emptied, one range each: a fallback that never changes the node structure. */
function collectText(node: ProseMirrorNode, start: number, ranges: DeletionRange[]): void {
  if (node.isTextblock) {
    ranges.push({ from: start + 1, to: start + node.nodeSize - 1 })
    return
  }
  node.forEach((child, offset) => collectText(child, start + 1 + offset, ranges))
}

/** From the start of the first textblock's text to the end of the last one's, or null without any textblock. */
function textSpan(node: ProseMirrorNode, start: number): DeletionRange | null {
  if (node.isTextblock) return { from: start + 1, to: start + node.nodeSize - 1 }
  let first: number | null = null
  let last: number | null = null
  node.descendants((child, position) => {
    if (!child.isTextblock) return true
    const childStart = start + 1 + position
    first ??= childStart + 1
    last = childStart + child.nodeSize - 1
    return false
  })
  return first === null || last === null ? null : { from: first, to: last }
}

function positionOfChild(parent: ProseMirrorNode, contentStart: number, index: number): number {
  let position = contentStart
  for (let before = 0; before < index; before += 1) position += parent.child(before).nodeSize
  return position
}
