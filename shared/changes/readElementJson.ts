import type { JSONContent } from '@tiptap/core'
import { Mark } from '@tiptap/pm/model'
import * as Y from 'yjs'
import { getConceptSchema } from '../schema/getConceptSchema'
import { markForFormat } from '../schema/validation/markForFormat'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'

/**
 * One element as ProseMirror JSON, as its document shows it now: attributes and marks the schema allows,
 * children of node types it knows. For copying a block to another place (a restored or moved-back block).
 */
export function readElementJson(element: Y.XmlElement): JSONContent {
  const json: JSONContent = { type: element.nodeName }
  const attributes = sanitizeAttributes(element.nodeName, element.getAttributes()).valid
  if (Object.keys(attributes).length > 0) json.attrs = attributes
  const content: JSONContent[] = []
  for (let item = element._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable || !(item.content instanceof Y.ContentType)) continue
    const type = item.content.type
    if (type instanceof Y.XmlText) content.push(...textJson(type))
    else if (type instanceof Y.XmlElement && getConceptSchema().nodes[type.nodeName]) content.push(readElementJson(type))
  }
  if (content.length > 0) json.content = content
  return json
}

function textJson(text: Y.XmlText): JSONContent[] {
  const nodes: JSONContent[] = []
  for (const { insert, attributes } of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof insert !== 'string' || insert === '') continue
    let marks: readonly Mark[] = Mark.none
    for (const [key, value] of Object.entries(attributes ?? {})) {
      const mark = markForFormat(key, value)
      if (mark) marks = mark.addToSet(marks)
    }
    nodes.push(marks.length > 0 ? { type: 'text', text: insert, marks: marks.map((mark) => mark.toJSON() as NonNullable<JSONContent['marks']>[number]) } : { type: 'text', text: insert })
  }
  return nodes
}
