import type { IncomingItem } from '../../yjs/inspectIncomingUpdate'
import { CONTENT_FRAGMENT } from '../nodeNames'
import { fragmentNodeName, getConceptSchemaRules, type ConceptSchemaRules } from './getConceptSchemaRules'
import { maxNestingDepth } from './maxNestingDepth'

/**
 * Why the new items of an update would put content into the document that the concept schema does not
 * allow (an unknown root type, node or mark, a raw value among elements, an attribute of the wrong type, a
 * node in the wrong parent, nesting beyond the limit), or null when every item fits.
 */
export function findIncomingSchemaViolation(items: readonly IncomingItem[], rules: ConceptSchemaRules = getConceptSchemaRules()): string | null {
  for (const item of items) {
    const problem = findItemProblem(item, rules)
    if (problem) return `${item.client}:${item.clock}: ${problem}`
  }
  return null
}

function findItemProblem({ parent, parentSub, content }: IncomingItem, rules: ConceptSchemaRules): string | null {
  if (parent.kind === 'root' && parent.name !== CONTENT_FRAGMENT) return `unknown root type ${parent.name}`
  if (parent.kind === 'other') return 'content inside a shared type the concept does not use'
  if (content.kind === 'deleted') return null
  if ((content.kind === 'element' || content.kind === 'text') && parent.depth + 1 > maxNestingDepth) return `nested deeper than ${maxNestingDepth}`
  if (parent.kind === 'text') {
    if (parentSub !== null) return 'attribute on a text'
    if (content.kind === 'string') return null
    if (content.kind === 'format') return rules.findMarkProblem(content.key, content.value)
    return `${describe(content)} inside a text`
  }
  const parentName = parent.kind === 'root' ? fragmentNodeName : parent.nodeName
  if (parentSub !== null) {
    if (parent.kind === 'root') return 'attribute on the content fragment'
    if (content.kind !== 'values' || content.values.length !== 1) return `attribute ${parentSub} holds ${describe(content)}`
    return rules.findAttributeProblem(parentName, parentSub, content.values[0])
  }
  if (content.kind === 'element') return rules.canContain(parentName, content.nodeName) ? null : `${content.nodeName} inside ${parentName}`
  if (content.kind === 'text') return rules.holdsText(parentName) ? null : `text inside ${parentName}`
  return `${describe(content)} inside ${parentName}`
}

function describe(content: IncomingItem['content']): string {
  switch (content.kind) {
    case 'element':
      return `element ${content.nodeName}`
    case 'other':
      return content.name
    default:
      return content.kind
  }
}
