import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Positions of blocks that carry no id, or an id that an earlier block already has (after a split or paste). */
export function findBlocksWithoutUniqueId(doc: ProseMirrorNode, blockTypes: ReadonlySet<string>): number[] {
  const seen = new Set<string>()
  const positions: number[] = []
  doc.descendants((node, position) => {
    if (!node.isBlock) return false
    if (blockTypes.has(node.type.name)) {
      const id = node.attrs['id'] as string | null
      if (!id || seen.has(id)) positions.push(position)
      else seen.add(id)
    }
    return !node.isTextblock
  })
  return positions
}
