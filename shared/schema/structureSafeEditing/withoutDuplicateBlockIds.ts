import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * The slice with the block ids removed that `doc` already uses, so that pasted copies get ids of their own
 * and the originals keep theirs (comments and comparisons address blocks by id). Ids no longer in the
 * document, as after a cut, stay with the pasted blocks.
 */
export function withoutDuplicateBlockIds(slice: Slice, doc: ProseMirrorNode): Slice {
  const used = new Set<string>()
  doc.descendants((node) => {
    const id: unknown = node.attrs['id']
    if (typeof id === 'string') used.add(id)
    return !node.isTextblock
  })
  const content = mapBlocks(slice.content, used)
  return content === slice.content ? slice : new Slice(content, slice.openStart, slice.openEnd)
}

function mapBlocks(fragment: Fragment, used: ReadonlySet<string>): Fragment {
  let changed = false
  const children: ProseMirrorNode[] = []
  fragment.forEach((node) => {
    const mapped = mapBlock(node, used)
    if (mapped !== node) changed = true
    children.push(mapped)
  })
  return changed ? Fragment.fromArray(children) : fragment
}

function mapBlock(node: ProseMirrorNode, used: ReadonlySet<string>): ProseMirrorNode {
  if (!node.isBlock) return node
  const id: unknown = node.attrs['id']
  const duplicate = typeof id === 'string' && used.has(id)
  const content = node.isTextblock ? node.content : mapBlocks(node.content, used)
  if (!duplicate && content === node.content) return node
  return node.type.create(duplicate ? { ...node.attrs, id: null } : node.attrs, content, node.marks)
}
