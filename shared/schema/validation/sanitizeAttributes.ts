import { getConceptSchemaRules } from './getConceptSchemaRules'

/**
 * Splits the stored attributes of an element into those the concept schema allows (by the rules the
 * collaboration server judges incoming updates with) and the names of the others: attributes the node does not
 * have, and values of the wrong type.
 */
export function sanitizeAttributes(nodeName: string, attributes: Readonly<Record<string, unknown>>): { valid: Record<string, unknown>; invalid: string[] } {
  const rules = getConceptSchemaRules()
  const valid: Record<string, unknown> = {}
  const invalid: string[] = []
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined) continue
    if (rules.findAttributeProblem(nodeName, key, value) === null) valid[key] = value
    else invalid.push(key)
  }
  return { valid, invalid }
}
