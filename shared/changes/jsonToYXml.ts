import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'

/**
 * Builds the Yjs elements for a ProseMirror JSON node the way the y-prosemirror binding stores them:
 * attributes on the element (nulls left out), text runs as one XmlText with marks as formatting.
 */
export function jsonToYXml(node: JSONContent): Y.XmlElement {
  const element = new Y.XmlElement(node.type ?? 'paragraph')
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value !== null && value !== undefined) element.setAttribute(key, value as string)
  }
  const children: (Y.XmlElement | Y.XmlText)[] = []
  let pendingText: JSONContent[] = []
  const flushText = () => {
    if (pendingText.length === 0) return
    const text = new Y.XmlText()
    text.applyDelta(pendingText.map((part) => ({ insert: part.text ?? '', attributes: marksToAttributes(part.marks) })))
    children.push(text)
    pendingText = []
  }
  for (const child of node.content ?? []) {
    if (child.type === 'text') {
      pendingText.push(child)
      continue
    }
    flushText()
    children.push(jsonToYXml(child))
  }
  flushText()
  element.insert(0, children)
  return element
}

function marksToAttributes(marks: JSONContent['marks']): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const mark of marks ?? []) attributes[mark.type] = mark.attrs ?? {}
  return attributes
}
