import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The first textblock containing `needle`, with its position and where `needle` starts in it. */
export function findTextblock(doc: ProseMirrorNode, needle: string): { node: ProseMirrorNode; position: number; textStart: number } {
  let found: { node: ProseMirrorNode; position: number; textStart: number } | null = null
  doc.descendants((node, position) => {
    if (found) return false
    if (node.isTextblock && node.textContent.includes(needle)) {
      found = { node, position, textStart: position + 1 + node.textContent.indexOf(needle) }
      return false
    }
    return true
  })
  if (!found) throw new Error(`no textblock contains "${needle}"`)
  return found
}
