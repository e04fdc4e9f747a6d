import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The plain text of a block: one line per textblock, list items included. */
export function blockText(node: ProseMirrorNode): string {
  if (node.isTextblock) return node.textContent
  const lines: string[] = []
  node.descendants((child) => {
    if (child.isTextblock) {
      lines.push(child.textContent)
      return false
    }
    return true
  })
  return lines.join('\n')
}
