import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { canPlaceBlockAt } from './canPlaceBlockAt'
import { movableBlockAt } from './findMovableBlock'

export type BlockStepDirection = 'up' | 'down'

/**
 * Where "Nach oben" / "Nach unten" puts the block at `position`: past its previous or next sibling (never
 * before its Handlungsfeld's title). A Teilziel, Maßnahme or Oberziel at the edge of its Handlungsfeld goes on
 * into the neighbouring Handlungsfeld (to its end going up, after its title going down), as a reader of the
 * numbered document expects; a Handlungsfeld at an edge stays. Returns the target position for `moveBlock`, or null.
 */
export function findBlockStepTarget(doc: ProseMirrorNode, position: number, direction: BlockStepDirection): number | null {
  const block = movableBlockAt(doc, position)
  if (!block) return null
  const $block = doc.resolve(position)
  const parent = $block.parent
  const index = $block.index()
  const end = position + block.node.nodeSize
  const sibling = direction === 'up' ? (index > 0 ? parent.child(index - 1) : null) : index + 1 < parent.childCount ? parent.child(index + 1) : null
  if (sibling && sibling.type.name !== NodeName.handlungsfeldTitel) {
    const target = direction === 'up' ? position - sibling.nodeSize : end + sibling.nodeSize
    return canPlaceBlockAt(doc, block.node, position, target) ? target : null
  }
  if (block.node.type.name === NodeName.handlungsfeld || parent.type.name !== NodeName.handlungsfeld || $block.depth < 1) return null
  const $parent = doc.resolve($block.before())
  const parentIndex = $parent.index()
  const neighbourIndex = direction === 'up' ? parentIndex - 1 : parentIndex + 1
  if (neighbourIndex < 0 || neighbourIndex >= $parent.parent.childCount) return null
  const neighbour = $parent.parent.child(neighbourIndex)
  if (neighbour.type.name !== NodeName.handlungsfeld) return null
  const neighbourStart = direction === 'up' ? $block.before() - neighbour.nodeSize : $block.after()
  const target = direction === 'up' ? neighbourStart + neighbour.nodeSize - 1 : afterTitle(neighbour, neighbourStart)
  return canPlaceBlockAt(doc, block.node, position, target) ? target : null
}

function afterTitle(handlungsfeld: ProseMirrorNode, start: number): number {
  let offset = 0
  handlungsfeld.forEach((child, childOffset) => {
    if (child.type.name === NodeName.handlungsfeldTitel) offset = childOffset + child.nodeSize
  })
  return start + 1 + offset
}
