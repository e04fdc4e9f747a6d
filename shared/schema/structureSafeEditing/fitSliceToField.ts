import { Fragment, Slice, type Node as ProseMirrorNode, type NodeType, type ResolvedPos } from '@tiptap/pm/model'
import { NodeName } from '../nodeNames'
import { structureRoleOf } from './structureRoleOf'

/**
 * What of `slice` to paste at `$position` so that the field there stays one field, as a Word cell takes
 * pasted rows as text: inside a field, copied structure (fields, Teilziele, Handlungsfelder, headings) is
 * reduced to its paragraphs and lists; inside a Handlungsfeld title, to its text on one line. No text is
 * dropped. Null when the slice can be pasted as it is (plain text and lists, or the cursor outside fields).
 */
export function fitSliceToField(slice: Slice, $position: ResolvedPos): Slice | null {
  const fieldDepth = findFieldDepth($position)
  if (fieldDepth === null || slice.content.firstChild?.isInline) return null
  const field = $position.node(fieldDepth)
  if (field.isTextblock) return fitIntoTextblock(slice, field.type)
  if (!containsStructure(slice.content)) return null
  const paragraphType = field.type.schema.nodes[NodeName.paragraph]!
  const blocks: ProseMirrorNode[] = []
  slice.content.forEach((node) => collectFieldBlocks(node, paragraphType, blocks))
  if (blocks.length === 0) return Slice.empty
  const content = Fragment.fromArray(blocks)
  const openStart = isEdgeTextblockOpen(slice, 'start') ? depthToTextblock(content.firstChild!, 'start') : 0
  const openEnd = isEdgeTextblockOpen(slice, 'end') ? depthToTextblock(content.lastChild!, 'end') : 0
  return new Slice(content, openStart, openEnd)
}

function findFieldDepth($position: ResolvedPos): number | null {
  for (let depth = $position.depth; depth > 0; depth -= 1) {
    const role = structureRoleOf($position.node(depth).type.name)
    if (role === 'skeleton' || role === 'field') return depth
    if (role === 'container') return null
  }
  return null
}

function fitIntoTextblock(slice: Slice, textblockType: NodeType): Slice | null {
  const single = slice.content.childCount === 1 && slice.content.firstChild!.isTextblock && slice.openStart === 1 && slice.openEnd === 1
  if (single) return null
  const pieces: ProseMirrorNode[] = []
  slice.content.descendants((node) => {
    if (!node.isTextblock) return true
    if (pieces.length > 0 && node.content.size > 0) pieces.push(textblockType.schema.text(' '))
    node.forEach((inline) => pieces.push(inline.mark(inline.marks.filter((mark) => textblockType.allowsMarkType(mark.type)))))
    return false
  })
  return new Slice(Fragment.fromArray(pieces), 0, 0)
}

function containsStructure(content: Fragment): boolean {
  let found = false
  content.forEach((node) => {
    if (!node.type.isInGroup('fieldBlock')) found = true
  })
  content.descendants((node) => {
    if (structureRoleOf(node.type.name)) found = true
    return !found
  })
  return found
}

function collectFieldBlocks(node: ProseMirrorNode, paragraphType: NodeType, blocks: ProseMirrorNode[]): void {
  if (node.type.isInGroup('fieldBlock') && !containsStructure(Fragment.from(node))) {
    blocks.push(node)
    return
  }
  if (node.isTextblock) {
    blocks.push(paragraphType.create(null, node.content))
    return
  }
  node.forEach((child) => collectFieldBlocks(child, paragraphType, blocks))
}

/** Whether the slice is cut open through its first (last) textblock, so its text joins the paragraph it is pasted into. */
function isEdgeTextblockOpen(slice: Slice, edge: 'start' | 'end'): boolean {
  const open = edge === 'start' ? slice.openStart : slice.openEnd
  let node = edge === 'start' ? slice.content.firstChild : slice.content.lastChild
  for (let depth = 1; depth < open && node; depth += 1) node = edge === 'start' ? node.firstChild : node.lastChild
  return open > 0 && node !== null && node.isTextblock
}

function depthToTextblock(node: ProseMirrorNode, edge: 'start' | 'end'): number {
  let depth = 1
  let current: ProseMirrorNode | null = node
  while (current && !current.isTextblock) {
    current = edge === 'start' ? current.firstChild : current.lastChild
    depth += 1
  }
  return current ? depth : 0
}
