import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ChangeBlock, ChangeModel } from '../../../shared/changes/ChangeModel'
import { changeColor } from './changeColor'
import type { ShownChange } from './ShownChange'

/**
 * Places the inserted and deleted runs of a comparison with the draft in the live document: each textblock of
 * the model is found by its block id, its runs are laid over the block's text by offset (deleted runs take no
 * room). A block whose text no longer reads as the model's (edited since the comparison was made) is left
 * out until the next comparison, so that no change is ever drawn over the wrong characters.
 */
export function locateChanges(doc: ProseMirrorNode, model: ChangeModel, isOpen: (changeId: string) => boolean): ShownChange[] {
  const textblocks = new Map<string, { node: ProseMirrorNode; start: number }>()
  doc.descendants((node, position) => {
    const id: unknown = node.attrs['id']
    if (node.isTextblock && typeof id === 'string') textblocks.set(id, { node, start: position + 1 })
    return !node.isTextblock
  })
  const shown: ShownChange[] = []
  const visit = (block: ChangeBlock) => {
    if (block.status !== 'deleted' && block.id !== null && block.runs.length > 0) placeRuns(block, textblocks.get(block.id), isOpen, shown)
    if (block.status !== 'deleted') block.children.forEach(visit)
  }
  model.blocks.forEach(visit)
  return shown
}

function placeRuns(block: ChangeBlock, found: { node: ProseMirrorNode; start: number } | undefined, isOpen: (changeId: string) => boolean, shown: ShownChange[]): void {
  if (!found) return
  const current = found.node.textBetween(0, found.node.content.size, undefined, '\n')
  const expected = block.runs.filter((run) => run.status !== 'deleted').map((run) => run.text).join('')
  if (current !== expected) return
  let offset = 0
  for (const run of block.runs) {
    const inserted = run.status === 'inserted' || (run.status === 'unchanged' && block.status === 'inserted')
    const changeId = run.changeId ?? block.changeId
    const author = run.author ?? block.author ?? null
    if (run.status === 'deleted') {
      if (changeId && isOpen(changeId)) shown.push({ changeId, status: 'deleted', text: run.text, author, color: changeColor(author), from: found.start + offset, to: found.start + offset })
      continue
    }
    if (inserted && changeId && isOpen(changeId) && run.text.length > 0) {
      shown.push({ changeId, status: 'inserted', text: run.text, author, color: changeColor(author), from: found.start + offset, to: found.start + offset + run.text.length })
    }
    offset += run.text.length
  }
}
