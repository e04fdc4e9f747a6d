import type { Mark } from '@tiptap/pm/model'
import { getConceptSchema } from '../getConceptSchema'
import { getConceptSchemaRules, markNameOfFormat } from './getConceptSchemaRules'

/**
 * The mark a formatting attribute of Yjs text stands for, or null if the concept schema does not allow it (an
 * unknown mark, attributes of the wrong type, a link to a disallowed protocol) or the value ends formatting.
 */
export function markForFormat(key: string, value: unknown): Mark | null {
  if (value === null || getConceptSchemaRules().findMarkProblem(key, value) !== null) return null
  return getConceptSchema().marks[markNameOfFormat(key)]!.create(value as Record<string, unknown>)
}
