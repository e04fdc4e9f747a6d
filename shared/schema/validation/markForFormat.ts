import type { Mark } from '@tiptap/pm/model'
import { getConceptSchema } from '../getConceptSchema'
import { getConceptSchemaRules } from './getConceptSchemaRules'

// As in the schema rules: marks that may overlap are stored by the Yjs binding as `<mark>--<hash>`.
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/

/**
 * The mark a formatting attribute of Yjs text stands for, or null if the concept schema does not allow it (an
 * unknown mark, attributes of the wrong type, a link to a disallowed protocol) or the value ends formatting.
 */
export function markForFormat(key: string, value: unknown): Mark | null {
  if (value === null || getConceptSchemaRules().findMarkProblem(key, value) !== null) return null
  return getConceptSchema().marks[hashedMarkName.exec(key)?.[1] ?? key]!.create(value as Record<string, unknown>)
}
