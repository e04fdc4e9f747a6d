import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { createBlockId } from '../blockId/createBlockId'

/** A copy of `node` in which it and every block inside it carry new ids: a duplicate is a new block, not a second original. */
export function withFreshBlockIds(node: ProseMirrorNode): ProseMirrorNode {
  if (node.isText) return node
  const attrs = Object.hasOwn(node.attrs, 'id') ? { ...node.attrs, id: createBlockId() } : node.attrs
  if (node.isLeaf) return node.type.create(attrs, null, node.marks)
  const children: ProseMirrorNode[] = []
  node.forEach((child) => children.push(withFreshBlockIds(child)))
  return node.type.create(attrs, Fragment.fromArray(children), node.marks)
}
