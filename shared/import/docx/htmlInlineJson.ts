import type { JSONContent } from '@tiptap/core'
import { safeLinkTarget } from '../../export/safeLinkTarget'
import { isHtmlElement, type HtmlNode } from './HtmlNode'

type MarkJson = NonNullable<JSONContent['marks']>[number]

const markTags: Record<string, string> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', u: 'underline', s: 'strike', del: 'strike', strike: 'strike' }

export interface InlineReading {
  content: JSONContent[]
  /** Images cannot be imported; counted for the summary. */
  images: number
}

/**
 * ProseMirror inline JSON for HTML inline content: bold, italic, underline, strike and web links as marks,
 * `<br>` as hard breaks, whitespace collapsed and trimmed at both ends. Anchors without a web address
 * (bookmarks, internal links) keep only their text.
 */
export function htmlInlineJson(nodes: readonly HtmlNode[]): InlineReading {
  const content: JSONContent[] = []
  let images = 0
  const visit = (node: HtmlNode, marks: MarkJson[]) => {
    if (!isHtmlElement(node)) {
      const text = node.text.replace(/\s+/g, ' ')
      if (text) content.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
      return
    }
    if (node.tag === 'br') {
      content.push({ type: 'hardBreak' })
      return
    }
    if (node.tag === 'img') {
      images += 1
      return
    }
    let childMarks = marks
    const markType = markTags[node.tag]
    if (markType && !marks.some((mark) => mark.type === markType)) childMarks = [...marks, { type: markType }]
    if (node.tag === 'a') {
      const href = safeLinkTarget(node.attributes['href'])
      if (href) childMarks = [...marks.filter((mark) => mark.type !== 'link'), { type: 'link', attrs: { href } }]
    }
    for (const child of node.children) visit(child, childMarks)
  }
  for (const node of nodes) visit(node, [])
  return { content: tidy(content), images }
}

function tidy(content: JSONContent[]): JSONContent[] {
  const merged: JSONContent[] = []
  for (const node of content) {
    const last = merged.at(-1)
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      last.text = `${last.text ?? ''}${node.text ?? ''}`.replace(/ {2,}/g, ' ')
    } else {
      merged.push({ ...node })
    }
  }
  // Spaces next to a hard break or at the edges of the paragraph are layout, not text.
  for (let index = 0; index < merged.length; index += 1) {
    const node = merged[index]!
    if (node.type !== 'text') continue
    const previous = merged[index - 1]
    const next = merged[index + 1]
    let text = node.text ?? ''
    if (!previous || previous.type === 'hardBreak' || previous.text?.endsWith(' ')) text = text.replace(/^ +/, '')
    if (!next || next.type === 'hardBreak') text = text.replace(/ +$/, '')
    node.text = text
  }
  return merged.filter((node) => node.type !== 'text' || node.text)
}
