import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'

/**
 * Section numbers derived from position (never stored): level-1 headings count chapters (3), level-2
 * headings and top-level Handlungsfelder count within the chapter (3.1), nested Handlungsfelder within
 * their parent (3.1.2). Keys are document positions of the numbered nodes.
 */
export function computeNumbering(doc: ProseMirrorNode): Map<number, string> {
  const numbers = new Map<number, string>()
  let chapter = 0
  let section = 0
  doc.forEach((node, offset) => {
    if (node.type.name === NodeName.heading) {
      const level = node.attrs['level'] as number
      if (level === 1) {
        chapter += 1
        section = 0
        numbers.set(offset, String(chapter))
      } else if (level === 2) {
        section += 1
        numbers.set(offset, joinNumber(chapter, section))
      }
    } else if (node.type.name === NodeName.handlungsfeld) {
      section += 1
      numberHandlungsfeld(node, offset, joinNumber(chapter, section), numbers)
    }
  })
  return numbers
}

function joinNumber(chapter: number, section: number): string {
  return chapter > 0 ? `${chapter}.${section}` : String(section)
}

function numberHandlungsfeld(node: ProseMirrorNode, position: number, number: string, numbers: Map<number, string>) {
  numbers.set(position, number)
  let childIndex = 0
  node.forEach((child, offset) => {
    if (child.type.name !== NodeName.handlungsfeld) return
    childIndex += 1
    numberHandlungsfeld(child, position + 1 + offset, `${number}.${childIndex}`, numbers)
  })
}
