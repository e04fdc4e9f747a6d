import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { createConceptExtensions } from './conceptExtensions'

let schema: Schema | undefined

/** The ProseMirror schema of an Integrationskonzept, built once from the shared extensions. */
export function getConceptSchema(): Schema {
  schema ??= getSchema(createConceptExtensions())
  return schema
}
