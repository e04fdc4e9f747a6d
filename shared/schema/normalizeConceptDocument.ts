import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { blockIdTypes } from './conceptExtensions'
import { createBlockId } from './blockId/createBlockId'
import { findNodeRepairs } from './repair/findNodeRepairs'

const blockTypes = new Set(blockIdTypes)

/**
 * What the editor's plugins would do to a document on its first change, done headlessly: structures
 * completed and every block given a unique id. For documents made on the server (import, new concept).
 * One pass over the tree, linear in its size (a transform step per block would copy the document each time).
 */
export function normalizeConceptDocument(doc: ProseMirrorNode): ProseMirrorNode {
  return doc.type.create(doc.attrs, repairedContent(doc, new Set()), doc.marks)
}

function normalizeBlock(node: ProseMirrorNode, seenIds: Set<string>): ProseMirrorNode {
  let attrs = node.attrs
  if (blockTypes.has(node.type.name)) {
    const id = attrs['id'] as string | null
    if (!id || seenIds.has(id)) attrs = { ...attrs, id: createBlockId() }
    else seenIds.add(id)
  }
  if (node.isTextblock || node.isLeaf) return attrs === node.attrs ? node : node.type.create(attrs, node.content, node.marks)
  return node.type.create(attrs, repairedContent(node, seenIds), node.marks)
}

// The node's own repairs (offsets into its content) applied to its children, then the children normalized in order.
function repairedContent(node: ProseMirrorNode, seenIds: Set<string>): Fragment {
  const insertions = new Map<number, ProseMirrorNode[]>()
  const deletions = new Set<number>()
  for (const repair of findNodeRepairs(node, -1, node.type.schema)) {
    if (repair.kind === 'delete') deletions.add(repair.from)
    else insertions.set(repair.position, [...(insertions.get(repair.position) ?? []), repair.node])
  }
  const children: ProseMirrorNode[] = []
  let offset = 0
  node.forEach((child) => {
    children.push(...(insertions.get(offset) ?? []))
    if (!deletions.has(offset)) children.push(child)
    offset += child.nodeSize
  })
  children.push(...(insertions.get(offset) ?? []))
  return Fragment.fromArray(children.map((child) => (child.isBlock ? normalizeBlock(child, seenIds) : child)))
}
