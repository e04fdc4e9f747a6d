import type { JSONContent } from '@tiptap/core'

/** Inline JSON without its first `characters` characters (a label the text started with), leading spaces trimmed. */
export function sliceInlineJson(content: readonly JSONContent[], characters: number): JSONContent[] {
  let remaining = characters
  const result: JSONContent[] = []
  for (const node of content) {
    const length = node.type === 'text' ? (node.text ?? '').length : 1
    if (remaining >= length) {
      remaining -= length
      continue
    }
    if (remaining > 0 && node.type === 'text') result.push({ ...node, text: (node.text ?? '').slice(remaining) })
    else result.push(node)
    remaining = 0
  }
  while (result[0]?.type === 'hardBreak') result.shift()
  const first = result[0]
  if (first?.type === 'text') {
    const text = (first.text ?? '').replace(/^[\s:]+/, '')
    if (text) result[0] = { ...first, text }
    else result.shift()
  }
  return result
}
