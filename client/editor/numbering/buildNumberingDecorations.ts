import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration } from '@tiptap/pm/view'
import { NodeName } from '../../../shared/schema/nodeNames'
import { computeNumbering } from '../../../shared/schema/numbering/computeNumbering'
import { handlungsfeldHeadingLevel } from '../../../shared/schema/numbering/handlungsfeldHeadingLevel'
import type { NumberingSpec } from './NumberingSpec'

/**
 * Node decorations carrying the derived numbers: `data-number` on numbered headings (shown by CSS) and a
 * `numbering` spec that the Handlungsfeld and Teilziel views read. Only the top level and Handlungsfeld
 * children are visited, so the cost grows with the number of blocks, not with the text.
 */
export function buildNumberingDecorations(doc: ProseMirrorNode): Decoration[] {
  const numbers = computeNumbering(doc)
  const decorations: Decoration[] = []
  let sectionNumber: string | null = null
  let teilzielCount = 0
  doc.forEach((node, position) => {
    const number = numbers.get(position)
    if (node.type.name === NodeName.heading) {
      // The page's own title is the one h1; the concept's chapters sit one level below it.
      const outlineLevel = { 'aria-level': String(Math.min(6, Number(node.attrs['level'] ?? 1) + 1)) }
      decorations.push(numberingDecoration(node, position, number ? { number } : {}, number ? { 'data-number': number, ...outlineLevel } : outlineLevel))
      if (!number) return
      sectionNumber = number
      teilzielCount = 0
    } else if (node.type.name === NodeName.handlungsfeld) {
      decorateHandlungsfeld(node, position, 0, numbers, decorations)
    } else if (node.type.name === NodeName.teilziel) {
      teilzielCount += 1
      decorations.push(numberingDecoration(node, position, { teilzielOrdinal: teilzielCount, sectionNumber }))
    }
  })
  return decorations
}

function decorateHandlungsfeld(node: ProseMirrorNode, position: number, depth: number, numbers: Map<number, string>, decorations: Decoration[]) {
  const number = numbers.get(position) ?? null
  decorations.push(numberingDecoration(node, position, { number: number ?? undefined, depth }, number ? { 'data-number': number } : {}))
  const title = node.firstChild
  if (title?.type.name === NodeName.handlungsfeldTitel) {
    decorations.push(Decoration.node(position + 1, position + 1 + title.nodeSize, { 'aria-level': String(handlungsfeldHeadingLevel(number, depth)) }))
  }
  let teilzielCount = 0
  node.forEach((child, offset) => {
    const childPosition = position + 1 + offset
    if (child.type.name === NodeName.teilziel) {
      teilzielCount += 1
      decorations.push(numberingDecoration(child, childPosition, { teilzielOrdinal: teilzielCount, sectionNumber: number }))
    } else if (child.type.name === NodeName.handlungsfeld) {
      decorateHandlungsfeld(child, childPosition, depth + 1, numbers, decorations)
    }
  })
}

function numberingDecoration(node: ProseMirrorNode, position: number, numbering: NumberingSpec, attributes: Record<string, string> = {}): Decoration {
  return Decoration.node(position, position + node.nodeSize, attributes, { numbering })
}
