import { decodeHtmlEntities } from '../decodeHtmlEntities'
import type { HtmlElement } from './HtmlNode'

const voidElements = new Set(['br', 'hr', 'img', 'col', 'meta', 'link', 'input', 'wbr'])
const tokenPattern = /<!--[\s\S]*?-->|<\/([a-zA-Z][a-zA-Z0-9]*)\s*>|<([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g
const attributePattern = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/**
 * Reads well-formed HTML such as mammoth writes into a tree (root tag `#root`). Tolerant of what it does not
 * expect: an unmatched closing tag closes up to its opening tag, or is ignored; text is entity-decoded.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: {}, children: [] }
  const stack: HtmlElement[] = [root]
  for (const match of html.matchAll(tokenPattern)) {
    const [token, closing, opening, attributeText, selfClosing] = match
    const current = stack[stack.length - 1]!
    if (token.startsWith('<!--')) continue
    if (closing) {
      const tag = closing.toLowerCase()
      const index = stack.map((element) => element.tag).lastIndexOf(tag)
      if (index > 0) stack.length = index
      continue
    }
    if (opening) {
      const element: HtmlElement = { tag: opening.toLowerCase(), attributes: readAttributes(attributeText ?? ''), children: [] }
      current.children.push(element)
      if (!selfClosing && !voidElements.has(element.tag)) stack.push(element)
      continue
    }
    current.children.push({ text: decodeHtmlEntities(token) })
  }
  return root
}

function readAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {}
  for (const match of text.matchAll(attributePattern)) {
    attributes[match[1]!.toLowerCase()] = decodeHtmlEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attributes
}
