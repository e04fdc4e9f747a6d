import * as Y from 'yjs'
import type { ContentProblem, ContentProblemKind } from './ContentProblem'
import { fragmentNodeName, getConceptSchemaRules, type ConceptSchemaRules } from './getConceptSchemaRules'
import { maxNestingDepth } from './maxNestingDepth'

/** What the concept schema does not allow in a content fragment, found once, for every reader and for the repair. */
export interface ContentInspection {
  /** Everything found, in document order, for the log. */
  problems: ContentProblem[]
  /**
   * Items that readers skip with everything below them: raw values, embeds and stray formatting where only
   * elements and text may stand, elements the schema does not know, elements and text where their parent may
   * not hold them, and branches that reach deeper than the nesting limit (cut at `branchCutDepth`).
   */
  skippedItems: ReadonlySet<Y.Item>
  /** Formatting of text that stands for no valid mark: the text stays, the formatting is ignored. */
  invalidMarks: readonly { text: Y.XmlText; key: string }[]
  /** Attributes an element (or a text) may not have, or with a value of the wrong type: readers ignore them. */
  invalidAttributes: readonly { type: Y.XmlElement | Y.XmlText; key: string }[]
}

export interface ContentInspectionOptions {
  /**
   * Also inspect deleted items, as readers of an older version in a gc-free document meet them; by default only
   * the current content counts. Marks and attributes are always judged as they currently stand.
   */
  includeDeleted?: boolean
}

/**
 * Where a branch that reaches deeper than `maxNestingDepth` is cut: at half the limit, so that what stays leaves
 * the editor room for what it completes on its own (a Handlungsfeld's title, a Teilziel's fields with their
 * paragraphs) without itself going past the limit. Real concepts never come near either depth.
 */
export const branchCutDepth = maxNestingDepth / 2

interface InspectionState {
  rules: ConceptSchemaRules
  includeDeleted: boolean
  problems: ContentProblem[]
  skippedItems: Y.Item[]
  invalidMarks: { text: Y.XmlText; key: string }[]
  invalidAttributes: { type: Y.XmlElement | Y.XmlText; key: string }[]
}

/**
 * Checks stored content (the `default` fragment of a concept) against the concept schema, by the same rules
 * the collaboration server judges incoming updates with: only elements and text, node names the schema
 * knows, each where its parent may hold it, at most `maxNestingDepth` levels (text counts as one), attributes
 * and marks of the schema with values of its types. Never throws and never descends below what it skips, so a
 * hostile tree costs no more than its valid part.
 */
export function inspectConceptContent(fragment: Y.XmlFragment, options: ContentInspectionOptions = {}): ContentInspection {
  const state: InspectionState = {
    rules: getConceptSchemaRules(),
    includeDeleted: options.includeDeleted ?? false,
    problems: [],
    skippedItems: [],
    invalidMarks: [],
    invalidAttributes: [],
  }
  inspectChildren(fragment, fragmentNodeName, 1, '', state)
  return { problems: state.problems, skippedItems: new Set(state.skippedItems), invalidMarks: state.invalidMarks, invalidAttributes: state.invalidAttributes }
}

/**
 * `depth` is the level of the children: 1 for those of the fragment. Returns whether something below reaches
 * deeper than the limit and the branch has not been cut yet; below the limit nothing is looked at.
 */
function inspectChildren(parent: Y.XmlFragment, parentName: string, depth: number, path: string, state: InspectionState): boolean {
  let tooDeep = false
  let index = 0
  for (let item = parent._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentDeleted || (item.deleted && !state.includeDeleted)) continue
    if (depth > maxNestingDepth) return true
    const position = index
    if (item.countable) index += item.length
    const type = item.content instanceof Y.ContentType ? item.content.type : null
    if (type instanceof Y.XmlText) {
      const textPath = `${path}/text[${position}]`
      if (!state.rules.holdsText(parentName)) skip(item, 'misplaced-node', textPath, `text inside ${parentName}`, state)
      else inspectText(type, textPath, state)
    } else if (type instanceof Y.XmlElement) {
      const elementPath = `${path}/${type.nodeName}[${position}]`
      if (!state.rules.isKnownNode(type.nodeName)) skip(item, 'unknown-node', elementPath, `unknown node ${type.nodeName}`, state)
      else if (!state.rules.canContain(parentName, type.nodeName)) skip(item, 'misplaced-node', elementPath, `${type.nodeName} inside ${parentName}`, state)
      else tooDeep = inspectElement(item, type, depth, elementPath, state) || tooDeep
    } else {
      skip(item, 'raw-value', `${path}/[${position}]`, `${describeContent(item.content)} inside ${parentName}`, state)
    }
  }
  return tooDeep
}

function inspectElement(item: Y.Item, element: Y.XmlElement, depth: number, path: string, state: InspectionState): boolean {
  const found = { problems: state.problems.length, skippedItems: state.skippedItems.length, invalidMarks: state.invalidMarks.length, invalidAttributes: state.invalidAttributes.length }
  for (const [key, value] of Object.entries(element.getAttributes())) {
    const problem = state.rules.findAttributeProblem(element.nodeName, key, value)
    if (problem === null) continue
    state.invalidAttributes.push({ type: element, key })
    state.problems.push({ kind: 'invalid-attribute', path, detail: `attribute ${key}: ${problem}` })
  }
  const tooDeep = inspectChildren(element, element.nodeName, depth + 1, path, state)
  if (!tooDeep || depth !== branchCutDepth) return tooDeep
  // The whole branch goes: what was found inside it needs no repair of its own.
  state.problems.length = found.problems
  state.skippedItems.length = found.skippedItems
  state.invalidMarks.length = found.invalidMarks
  state.invalidAttributes.length = found.invalidAttributes
  skip(item, 'too-deep', path, `reaches deeper than ${maxNestingDepth} levels`, state)
  return false
}

function inspectText(text: Y.XmlText, path: string, state: InspectionState) {
  for (const key of Object.keys(text.getAttributes())) {
    state.invalidAttributes.push({ type: text, key })
    state.problems.push({ kind: 'invalid-attribute', path, detail: `attribute ${key} on a text` })
  }
  // Formatting as Yjs applies it: each format item sets (or, with null, ends) its attribute for what follows.
  const active = new Map<string, unknown>()
  const reported = new Set<string>()
  for (let item = text._start; item !== null; item = item.right) {
    if (item.content instanceof Y.ContentFormat) {
      if (item.deleted) continue
      if (item.content.value === null) active.delete(item.content.key)
      else active.set(item.content.key, item.content.value)
      continue
    }
    if (item.content instanceof Y.ContentDeleted || (item.deleted && !state.includeDeleted)) continue
    if (!(item.content instanceof Y.ContentString)) {
      skip(item, 'raw-value', `${path}/[embed]`, `${describeContent(item.content)} inside a text`, state)
      continue
    }
    if (item.deleted) continue
    for (const [key, value] of active) {
      if (reported.has(key)) continue
      const problem = state.rules.findMarkProblem(key, value)
      if (problem === null) continue
      reported.add(key)
      state.invalidMarks.push({ text, key })
      state.problems.push({ kind: 'invalid-mark', path, detail: problem })
    }
  }
}

function skip(item: Y.Item, kind: ContentProblemKind, path: string, detail: string, state: InspectionState) {
  state.skippedItems.push(item)
  state.problems.push({ kind, path, detail })
}

function describeContent(content: Y.Item['content']): string {
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return 'a raw value'
  if (content instanceof Y.ContentBinary) return 'binary data'
  if (content instanceof Y.ContentEmbed) return 'an embed'
  if (content instanceof Y.ContentString) return 'characters outside a text'
  if (content instanceof Y.ContentFormat) return 'formatting outside a text'
  if (content instanceof Y.ContentDoc) return 'a subdocument'
  if (content instanceof Y.ContentType) return 'a shared type other than an element or a text'
  return 'unknown content'
}
