import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The `occurrence`-th node (from 0, in document order) that satisfies `predicate`, with its position. */
export function findNode(doc: ProseMirrorNode, predicate: (node: ProseMirrorNode) => boolean, occurrence = 0): { node: ProseMirrorNode; position: number } {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (predicate(node)) found.push({ node, position })
  })
  const result = found[occurrence]
  if (!result) throw new Error(`node ${occurrence} not found`)
  return result
}
