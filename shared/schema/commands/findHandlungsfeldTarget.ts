import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { canPlaceBlockAt } from './canPlaceBlockAt'
import { movableBlockAt } from './findMovableBlock'

/**
 * Where "Verschieben nach …" puts the block at `position` in the Handlungsfeld at `handlungsfeldPosition`: a
 * Teilziel, Maßnahme or Oberziel after the Handlungsfeld's own blocks and before its sub-sections (so it
 * joins 3.1, not 3.1.2), a Handlungsfeld at the end as its last sub-section. Null where it may not go (into
 * itself, or where it already stands last).
 */
export function findHandlungsfeldTarget(doc: ProseMirrorNode, position: number, handlungsfeldPosition: number): number | null {
  const block = movableBlockAt(doc, position)
  const handlungsfeld = doc.nodeAt(handlungsfeldPosition)
  if (!block || !handlungsfeld || handlungsfeld.type.name !== NodeName.handlungsfeld) return null
  let target = handlungsfeldPosition + handlungsfeld.nodeSize - 1
  if (block.node.type.name !== NodeName.handlungsfeld) {
    let firstSubsection: number | null = null
    handlungsfeld.forEach((child, offset) => {
      if (firstSubsection === null && child.type.name === NodeName.handlungsfeld) firstSubsection = handlungsfeldPosition + 1 + offset
    })
    if (firstSubsection !== null) target = firstSubsection
  }
  if (target === position || target === position + block.node.nodeSize) return null
  return canPlaceBlockAt(doc, block.node, position, target) ? target : null
}
