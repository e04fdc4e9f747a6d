import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { CONTENT_FRAGMENT } from '../schema/nodeNames'
import type { ContentProblem } from '../schema/validation/ContentProblem'
import { inspectConceptContent, type ContentInspection } from '../schema/validation/inspectConceptContent'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { readTextJson } from './readTextJson'

/** The document as ProseMirror JSON of the concept schema, and what had to be left out for that. */
export interface ConceptContentReading {
  json: JSONContent
  problems: ContentProblem[]
}

/**
 * Reads the document's content as ProseMirror JSON without touching the Y.Doc, the way the editor binding
 * stores it, leaving out whatever the schema does not allow (see `inspectConceptContent`): the result always
 * builds a ProseMirror node, so reading never fails on stored content.
 */
export function readConceptContent(ydoc: Y.Doc): ConceptContentReading {
  const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
  const inspection = inspectConceptContent(fragment)
  const content = childrenJson(fragment, inspection)
  return { json: { type: 'doc', content }, problems: inspection.problems }
}

function childrenJson(parent: Y.XmlFragment, inspection: ContentInspection): JSONContent[] {
  const content: JSONContent[] = []
  for (let item = parent._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable || inspection.skippedItems.has(item) || !(item.content instanceof Y.ContentType)) continue
    const type = item.content.type
    if (type instanceof Y.XmlText) content.push(...readTextJson(type))
    else if (type instanceof Y.XmlElement) content.push(elementJson(type, inspection))
  }
  return content
}

function elementJson(element: Y.XmlElement, inspection: ContentInspection): JSONContent {
  const json: JSONContent = { type: element.nodeName }
  const attributes = sanitizeAttributes(element.nodeName, element.getAttributes()).valid
  if (Object.keys(attributes).length > 0) json.attrs = attributes
  const content = childrenJson(element, inspection)
  if (content.length > 0) json.content = content
  return json
}
