import { NodeName } from '../schema/nodeNames'
import type { VersionNode } from './readVersionTree'

/**
 * Derived section numbers of one version by block id, read from its block tree with the rules of
 * shared/schema/numbering/computeNumbering.ts (level-1 headings count chapters, level-2 headings and
 * top-level Handlungsfelder sections, nested Handlungsfelder within their parent), without building the
 * version as a document of its own.
 */
export function numberVersionTree(roots: readonly VersionNode[]): Map<string, string> {
  const numbers = new Map<string, string>()
  let chapter = 0
  let section = 0
  const join = () => (chapter > 0 ? `${chapter}.${section}` : String(section))
  for (const node of roots) {
    if (node.type === NodeName.heading) {
      const level = node.attributes['level']
      if (level === 1) {
        chapter += 1
        section = 0
        if (node.id) numbers.set(node.id, String(chapter))
      } else if (level === 2) {
        section += 1
        if (node.id) numbers.set(node.id, join())
      }
    } else if (node.type === NodeName.handlungsfeld) {
      section += 1
      numberHandlungsfeld(node, join(), numbers)
    }
  }
  return numbers
}

function numberHandlungsfeld(node: VersionNode, number: string, numbers: Map<string, string>) {
  if (node.id) numbers.set(node.id, number)
  let childIndex = 0
  for (const child of node.children) {
    if (child.type !== NodeName.handlungsfeld) continue
    childIndex += 1
    numberHandlungsfeld(child, `${number}.${childIndex}`, numbers)
  }
}
