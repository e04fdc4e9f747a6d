import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { NodeName } from '../../nodeNames'
import { teilzielFieldNames } from './teilzielFieldDefinitions'

/**
 * An empty Teilziel whose fields each hold one empty paragraph (or an empty list for the activities).
 * `labels`: the document's own wording per field, so a new Teilziel speaks like its neighbours.
 */
export function createTeilzielNode(schema: Schema, labels: ReadonlyMap<string, string> = new Map()): ProseMirrorNode {
  const fields = teilzielFieldNames.map((fieldName) => schema.nodes[fieldName]!.create(labels.has(fieldName) ? { label: labels.get(fieldName) } : null, createEmptyFieldContent(schema, fieldName)))
  return schema.nodes[NodeName.teilziel]!.create(null, fields)
}

/** The own field labels of the last Teilziel before `position`, or of the first one after it. */
export function nearbyTeilzielLabels(doc: ProseMirrorNode, position: number): Map<string, string> {
  const found: { before?: ProseMirrorNode; after?: ProseMirrorNode } = {}
  doc.descendants((node, offset) => {
    if (found.after) return false
    if (node.type.name !== NodeName.teilziel) return true
    if (offset < position) found.before = node
    else found.after = node
    return false
  })
  const labels = new Map<string, string>()
  ;(found.before ?? found.after)?.forEach((field) => {
    const label = field.attrs['label']
    if (typeof label === 'string' && label) labels.set(field.type.name, label)
  })
  return labels
}

export function createEmptyFieldContent(schema: Schema, fieldName: string): ProseMirrorNode {
  const paragraph = schema.nodes[NodeName.paragraph]!.create()
  if (fieldName === NodeName.teilzielAktivitaeten) {
    return schema.nodes[NodeName.bulletList]!.create(null, schema.nodes[NodeName.listItem]!.create(null, paragraph))
  }
  return paragraph
}
