import { Schema } from '@tiptap/pm/model'
import { getConceptSchema } from '../schema/getConceptSchema'

/** Marks of the text a tracked-changes export shows as inserted or deleted, with who made the change and when. */
export const TrackedMark = { insertion: 'trackedInsertion', deletion: 'trackedDeletion' } as const

let schema: Schema | null = null

/**
 * The concept schema with two more marks, for the merged text of a comparison (the newer version with the
 * deleted text in place) that the tracked-changes export walks like a concept. Never used for documents.
 */
export function trackedChangeSchema(): Schema {
  if (schema) return schema
  const base = getConceptSchema()
  const revision = { attrs: { author: { default: '' }, date: { default: '' } }, inclusive: false }
  schema = new Schema({ nodes: base.spec.nodes, marks: base.spec.marks.addToEnd(TrackedMark.insertion, revision).addToEnd(TrackedMark.deletion, revision), topNode: base.spec.topNode })
  return schema
}
