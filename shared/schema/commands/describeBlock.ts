import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { computeNumbering } from '../numbering/computeNumbering'

/**
 * How announcements and menus name the movable block at `position`, with the numbers the editor shows:
 * "Teilziel 2 in 3.1", "Maßnahme S1 in 3.2", "Oberziel in 3.1", "Handlungsfeld 3.2".
 */
export function describeBlock(doc: ProseMirrorNode, position: number): string {
  const node = doc.nodeAt(position)
  if (!node) return 'Block'
  const numbers = computeNumbering(doc)
  if (node.type.name === NodeName.handlungsfeld) {
    const number = numbers.get(position)
    return number ? `Handlungsfeld ${number}` : 'Handlungsfeld'
  }
  const $block = doc.resolve(position)
  const sectionNumber = $block.depth > 0 ? numbers.get($block.before()) : undefined
  const where = sectionNumber ? ` in ${sectionNumber}` : ''
  if (node.type.name === NodeName.teilziel) return `Teilziel ${teilzielOrdinal(doc, position)}${where}`
  if (node.type.name === NodeName.massnahme) {
    const code = String(node.attrs['code'] ?? '').trim()
    return `${code ? `Maßnahme ${code}` : 'Maßnahme'}${where}`
  }
  if (node.type.name === NodeName.oberziel) return `Oberziel${where}`
  return 'Block'
}

/** The Teilziel's ordinal as the editor numbers it: among the Teilziele of its Handlungsfeld, or since the last heading at the top level. */
function teilzielOrdinal(doc: ProseMirrorNode, position: number): number {
  const $block = doc.resolve(position)
  const parent = $block.parent
  let ordinal = 1
  for (let index = $block.index() - 1; index >= 0; index -= 1) {
    const sibling = parent.child(index)
    if (sibling.type.name === NodeName.teilziel) ordinal += 1
    else if (parent.type.name === 'doc' && sibling.type.name === NodeName.heading) break
  }
  return ordinal
}
