import type { EditorView } from '@tiptap/pm/view'
import { NodeName } from '../../../shared/schema/nodeNames'
import { canPlaceBlockAt } from '../../../shared/schema/commands/canPlaceBlockAt'
import { movableBlockAt } from '../../../shared/schema/commands/findMovableBlock'
import type { DropIndicator } from './BlockActionsStore'

export interface BlockDrop {
  /** Where the dragged block goes, for `moveBlock`. */
  target: number
  indicator: DropIndicator
}

/**
 * Where a block dragged by its handle would land under the pointer: before or after the innermost movable block
 * there (by which half the pointer is in), or, over a Handlungsfeld's own title and text, as its first block.
 * Null where it may not stand or would not move.
 */
export function findBlockDrop(view: EditorView, event: DragEvent, draggedPosition: number): BlockDrop | null {
  const { doc } = view.state
  const dragged = movableBlockAt(doc, draggedPosition)
  const pointed = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null
  const element = pointed?.closest<HTMLElement>('[data-movable-block]')
  if (!dragged || !element || !view.dom.contains(element)) return null
  const position = positionOfBlockElement(view, element)
  const block = position === null ? null : movableBlockAt(doc, position)
  if (position === null || !block) return null
  const rect = element.getBoundingClientRect()
  let target: number
  let lineAt: number
  if (block.node.type.name === NodeName.handlungsfeld && dragged.node.type.name !== NodeName.handlungsfeld) {
    const title = element.querySelector<HTMLElement>('.handlungsfeld-titel')
    let afterTitle = position + 1
    block.node.forEach((child, offset) => {
      if (child.type.name === NodeName.handlungsfeldTitel) afterTitle = position + 1 + offset + child.nodeSize
    })
    target = afterTitle
    lineAt = title?.getBoundingClientRect().bottom ?? rect.top
  } else {
    const before = event.clientY < rect.top + rect.height / 2
    target = before ? position : position + block.node.nodeSize
    lineAt = before ? rect.top : rect.bottom
  }
  if (target === draggedPosition || target === draggedPosition + dragged.node.nodeSize) return null
  if (!canPlaceBlockAt(doc, dragged.node, draggedPosition, target)) return null
  const surface = (view.dom.closest('.editor-surface') ?? view.dom).getBoundingClientRect()
  return { target, indicator: { top: Math.round(lineAt - surface.top), left: Math.round(rect.left - surface.left), width: Math.round(rect.width) } }
}

/** The position before the block a node view element shows (its wrapper or the view's own DOM). */
function positionOfBlockElement(view: EditorView, element: HTMLElement): number | null {
  const inside = view.posAtDOM(element, 0)
  const $inside = view.state.doc.resolve(inside)
  const shows = (position: number) => {
    const dom = view.nodeDOM(position)
    return dom === element || (dom instanceof HTMLElement && dom.firstElementChild === element)
  }
  if (inside < view.state.doc.content.size && shows(inside)) return inside
  for (let depth = $inside.depth; depth > 0; depth -= 1) {
    if (shows($inside.before(depth))) return $inside.before(depth)
  }
  return null
}
