import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import { getConceptSchema } from '../schema/getConceptSchema'
import { sanitizeAttributes } from '../schema/validation/sanitizeAttributes'
import { readTextJson } from '../yjs/readTextJson'

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
    if (type instanceof Y.XmlText) content.push(...readTextJson(type))
    else if (type instanceof Y.XmlElement && getConceptSchema().nodes[type.nodeName]) content.push(readElementJson(type))
  }
  if (content.length > 0) json.content = content
  return json
}
