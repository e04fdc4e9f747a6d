import type { NodeType, Schema } from '@tiptap/pm/model'
import { getConceptSchema } from '../getConceptSchema'

/** The element name that stands for the Yjs content fragment itself. */
export const fragmentNodeName = 'doc'

const maxAttributeStringLength = 10_000
const maxAttributeArrayLength = 64
const allowedLinkProtocols = /^(https?:|mailto:|tel:|#|\/)/i
// Marks that may overlap are stored by the Yjs binding as `<mark>--<hash>`.
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/

/** The mark name a formatting attribute of Yjs text stands for. */
export function markNameOfFormat(key: string): string {
  return hashedMarkName.exec(key)?.[1] ?? key
}

/**
 * What the concept schema allows, in the terms of its Yjs representation: which element may hold which,
 * which may hold text, which attributes and marks exist and what values they take. Built once from the
 * shared ProseMirror schema, so the collaboration server and every reader judge content by the same rules.
 */
export interface ConceptSchemaRules {
  isKnownNode(nodeName: string): boolean
  /** Whether an element named `childName` may stand inside `parentName` (`doc` for the fragment). */
  canContain(parentName: string, childName: string): boolean
  /** Whether `nodeName` holds text runs (a textblock). */
  holdsText(nodeName: string): boolean
  /** Why `value` is no valid value of attribute `key` of `nodeName`, or null. */
  findAttributeProblem(nodeName: string, key: string, value: unknown): string | null
  /** Why a formatting attribute `key` with `value` on a text run is no valid mark, or null. */
  findMarkProblem(key: string, value: unknown): string | null
}

let rules: ConceptSchemaRules | undefined

export function getConceptSchemaRules(): ConceptSchemaRules {
  rules ??= buildRules(getConceptSchema())
  return rules
}

function buildRules(schema: Schema): ConceptSchemaRules {
  const children = new Map<string, Set<string>>()
  for (const [name, type] of Object.entries(schema.nodes)) children.set(name, possibleChildren(type))
  const isElementName = (name: string) => Object.hasOwn(schema.nodes, name) && name !== 'text'
  return {
    isKnownNode: (nodeName) => isElementName(nodeName) && nodeName !== fragmentNodeName,
    canContain: (parentName, childName) => isElementName(childName) && childName !== fragmentNodeName && (children.get(parentName)?.has(childName) ?? false),
    holdsText: (nodeName) => isElementName(nodeName) && schema.nodes[nodeName]!.inlineContent,
    findAttributeProblem(nodeName, key, value) {
      if (!isElementName(nodeName)) return `unknown node ${nodeName}`
      const specs = schema.nodes[nodeName]!.spec.attrs ?? {}
      if (!Object.hasOwn(specs, key)) return `unknown attribute ${key} of ${nodeName}`
      return findValueProblem(value, (specs[key] as { default?: unknown }).default)
    },
    findMarkProblem(key, value) {
      const markName = markNameOfFormat(key)
      if (!Object.hasOwn(schema.marks, markName)) return `unknown mark ${markName}`
      if (value === null) return null
      if (typeof value !== 'object' || Array.isArray(value)) return `mark ${markName} has no attribute object`
      const specs = schema.marks[markName]!.spec.attrs ?? {}
      for (const [attribute, attributeValue] of Object.entries(value as Record<string, unknown>)) {
        if (!Object.hasOwn(specs, attribute)) return `unknown attribute ${attribute} of mark ${markName}`
        const problem = findValueProblem(attributeValue, (specs[attribute] as { default?: unknown }).default)
        if (problem) return `${markName}.${attribute}: ${problem}`
      }
      if (markName === 'link') {
        const href = (value as Record<string, unknown>)['href']
        if (typeof href === 'string' && !allowedLinkProtocols.test(href.trim())) return 'link with a disallowed protocol'
      }
      return null
    },
  }
}

/** Every node type that can appear anywhere in `type`'s content (the expressions are loose on purpose). */
function possibleChildren(type: NodeType): Set<string> {
  const found = new Set<string>()
  const seen = new Set<unknown>()
  const pending = [type.contentMatch]
  while (pending.length > 0) {
    const match = pending.pop()!
    if (seen.has(match)) continue
    seen.add(match)
    for (let index = 0; index < match.edgeCount; index++) {
      const edge = match.edge(index)
      found.add(edge.type.name)
      pending.push(edge.next)
    }
  }
  return found
}

function findValueProblem(value: unknown, defaultValue: unknown): string | null {
  if (value === null) return null
  if (typeof defaultValue === 'number') return typeof value === 'number' && Number.isFinite(value) ? null : 'number expected'
  if (typeof defaultValue === 'boolean') return typeof value === 'boolean' ? null : 'boolean expected'
  if (typeof defaultValue === 'string') return typeof value === 'string' && value.length <= maxAttributeStringLength ? null : 'string expected'
  if (typeof value === 'string') return value.length <= maxAttributeStringLength ? null : 'string too long'
  if (typeof value === 'number') return Number.isFinite(value) ? null : 'finite number expected'
  if (typeof value === 'boolean') return null
  if (Array.isArray(value)) return value.length <= maxAttributeArrayLength && value.every((entry) => typeof entry === 'number' && Number.isFinite(entry)) ? null : 'list of numbers expected'
  return 'plain value expected'
}
