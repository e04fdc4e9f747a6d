import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { computeNumbering } from '../numbering/computeNumbering'
import { findHandlungsfeldTarget } from './findHandlungsfeldTarget'

export interface HandlungsfeldChoice {
  position: number
  /** The Handlungsfeld's block id, to find it again after others' edits. */
  id: string | null
  /** "3.2", or null where the document numbers no chapter. */
  number: string | null
  title: string
  /** 0 for a top-level Handlungsfeld, 1 for a sub-section … */
  depth: number
  /** Whether the block at the asked position can be moved there ("Verschieben nach …"); not where it stands already. */
  available: boolean
}

/** Every Handlungsfeld in document order, with number and title, and whether the block at `blockPosition` can go there. */
export function listHandlungsfelder(doc: ProseMirrorNode, blockPosition: number): HandlungsfeldChoice[] {
  const numbers = computeNumbering(doc)
  const choices: HandlungsfeldChoice[] = []
  const $block = doc.resolve(blockPosition)
  const currentParent = $block.depth > 0 ? $block.before() : null
  const visit = (node: ProseMirrorNode, position: number, depth: number) => {
    let title = ''
    node.forEach((child) => {
      if (!title && child.type.name === NodeName.handlungsfeldTitel) title = child.textContent.trim()
    })
    choices.push({ position, id: typeof node.attrs['id'] === 'string' ? node.attrs['id'] : null, number: numbers.get(position) ?? null, title, depth, available: position !== currentParent && findHandlungsfeldTarget(doc, blockPosition, position) !== null })
    node.forEach((child, offset) => {
      if (child.type.name === NodeName.handlungsfeld) visit(child, position + 1 + offset, depth + 1)
    })
  }
  doc.forEach((node, offset) => {
    if (node.type.name === NodeName.handlungsfeld) visit(node, offset, 0)
  })
  return choices
}
