import type { JSONContent } from '@tiptap/core'
import { inlineMarkupPattern } from './inlineMarkupPattern'

type MarkJson = NonNullable<JSONContent['marks']>[number]

/** Text nodes for one line of text, with bold and link marks where the text carries Markdown-ish markup. */
export function inlineContentJson(text: string): JSONContent[] {
  const content: JSONContent[] = []
  const push = (value: string, marks: MarkJson[] = []) => {
    if (!value) return
    content.push(marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value })
  }
  let last = 0
  for (const match of text.matchAll(inlineMarkupPattern)) {
    push(text.slice(last, match.index))
    const [whole, bold, label, href, angleUrl, bareUrl] = match
    if (bold !== undefined) push(bold, [{ type: 'bold' }])
    else if (label !== undefined) push(label, href && isLinkTarget(href) ? [linkMark(href)] : [])
    else {
      const url = angleUrl ?? bareUrl ?? whole
      push(url, [linkMark(url)])
    }
    last = match.index + whole.length
  }
  push(text.slice(last))
  return content
}

// `[text](#)` is a dead anchor left by the converter: keep the text, drop the link.
function isLinkTarget(href: string): boolean {
  return /^(https?:|mailto:)/i.test(href)
}

function linkMark(href: string): MarkJson {
  return { type: 'link', attrs: { href } }
}
