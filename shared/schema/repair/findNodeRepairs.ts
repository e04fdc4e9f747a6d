import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { teilzielFieldNames } from '../nodes/teilziel/teilzielFieldDefinitions'
import { massnahmeFieldNames } from '../nodes/massnahme/massnahmeFieldDefinitions'
import { createEmptyFieldContent } from '../nodes/teilziel/createTeilzielNode'
import type { ConceptRepair } from './findConceptRepairs'

const requiredFieldsByContainer: Record<string, readonly string[]> = {
  [NodeName.teilziel]: teilzielFieldNames,
  [NodeName.massnahme]: massnahmeFieldNames,
}

const fieldNames = new Set([...teilzielFieldNames, ...massnahmeFieldNames, NodeName.oberziel])

/**
 * The repairs one block needs among its direct children (see findConceptRepairs): missing fields, empty
 * duplicates, a missing Handlungsfeld title, an empty field without a paragraph. `position` is where the
 * block starts in the document; its content starts at `position + 1`.
 */
export function findNodeRepairs(node: ProseMirrorNode, position: number, schema: Schema): ConceptRepair[] {
  const repairs: ConceptRepair[] = []
  const required = requiredFieldsByContainer[node.type.name]
  if (required) collectContainerRepairs(node, position, required, schema, repairs)
  if (node.type.name === NodeName.handlungsfeld) collectHandlungsfeldRepairs(node, position, schema, repairs)
  if (fieldNames.has(node.type.name) && node.childCount === 0) {
    repairs.push({ kind: 'insert', position: position + 1, node: createEmptyFieldContent(schema, node.type.name) })
  }
  return repairs
}

function collectContainerRepairs(
  container: ProseMirrorNode,
  containerPosition: number,
  required: readonly string[],
  schema: Schema,
  repairs: ConceptRepair[],
) {
  const childrenByName = new Map<string, { node: ProseMirrorNode; offset: number }[]>()
  container.forEach((child, offset) => {
    const list = childrenByName.get(child.type.name) ?? []
    list.push({ node: child, offset })
    childrenByName.set(child.type.name, list)
  })
  const contentStart = containerPosition + 1
  for (const [requiredIndex, name] of required.entries()) {
    const present = childrenByName.get(name)
    if (!present) {
      repairs.push({ kind: 'insert', position: contentStart + insertionOffset(container, required, requiredIndex), node: createEmptyField(schema, name) })
      continue
    }
    if (present.length < 2) continue
    const nonEmpty = present.filter((entry) => entry.node.textContent.length > 0)
    const keep = nonEmpty.length > 0 ? nonEmpty : [present[0]!]
    for (const entry of present) {
      if (keep.includes(entry)) continue
      repairs.push({ kind: 'delete', from: contentStart + entry.offset, to: contentStart + entry.offset + entry.node.nodeSize })
    }
  }
}

function insertionOffset(container: ProseMirrorNode, required: readonly string[], missingIndex: number): number {
  const earlier = new Set(required.slice(0, missingIndex))
  let offset = 0
  let result = 0
  container.forEach((child) => {
    offset += child.nodeSize
    if (earlier.has(child.type.name)) result = offset
  })
  return result
}

function collectHandlungsfeldRepairs(node: ProseMirrorNode, position: number, schema: Schema, repairs: ConceptRepair[]) {
  let hasTitle = false
  node.forEach((child) => {
    if (child.type.name === NodeName.handlungsfeldTitel) hasTitle = true
  })
  if (!hasTitle) repairs.push({ kind: 'insert', position: position + 1, node: schema.nodes[NodeName.handlungsfeldTitel]!.create() })
}

function createEmptyField(schema: Schema, name: string): ProseMirrorNode {
  return schema.nodes[name]!.create(null, createEmptyFieldContent(schema, name))
}
