import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { NodeName } from '../../nodeNames'
import { teilzielFieldNames } from './teilzielFieldDefinitions'

/** An empty Teilziel whose fields each hold one empty paragraph (or an empty list for the activities). */
export function createTeilzielNode(schema: Schema): ProseMirrorNode {
  const fields = teilzielFieldNames.map((fieldName) => schema.nodes[fieldName]!.create(null, createEmptyFieldContent(schema, fieldName)))
  return schema.nodes[NodeName.teilziel]!.create(null, fields)
}

export function createEmptyFieldContent(schema: Schema, fieldName: string): ProseMirrorNode {
  const paragraph = schema.nodes[NodeName.paragraph]!.create()
  if (fieldName === NodeName.teilzielAktivitaeten) {
    return schema.nodes[NodeName.bulletList]!.create(null, schema.nodes[NodeName.listItem]!.create(null, paragraph))
  }
  return paragraph
}
