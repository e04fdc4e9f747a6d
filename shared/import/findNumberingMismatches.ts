import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { NodeName } from '../schema/nodeNames'
import { computeNumbering } from '../schema/numbering/computeNumbering'

/**
 * Warnings for numbered nodes whose position-derived number differs from the number the source gave them
 * (a skipped section in the source, say). `doc` must be the node built from `json`, so both have the same shape.
 */
export function findNumberingMismatches(doc: ProseMirrorNode, json: JSONContent, sourceNumbers: ReadonlyMap<JSONContent, string>): string[] {
  const numbering = computeNumbering(doc)
  const warnings: string[] = []
  const visit = (node: ProseMirrorNode, nodeJson: JSONContent, contentStart: number) => {
    node.forEach((child, offset, index) => {
      const childJson = nodeJson.content?.[index]
      if (!childJson) return
      const position = contentStart + offset
      const sourceNumber = sourceNumbers.get(childJson)
      const number = numbering.get(position)
      if (sourceNumber !== undefined && number !== sourceNumber) {
        const title = child.type.name === NodeName.handlungsfeld ? (child.firstChild?.textContent ?? '') : child.textContent
        warnings.push(`„${sourceNumber} ${title}“ erhält nach dem Import die Nummer ${number ?? '(keine)'}.`)
      }
      if (child.type.name === NodeName.handlungsfeld) visit(child, childJson, position + 1)
    })
  }
  visit(doc, json, 0)
  return warnings
}
