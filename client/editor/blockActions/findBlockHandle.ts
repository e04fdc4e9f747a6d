import type { EditorView } from '@tiptap/pm/view'

/** The handle of the block at `position` (not one of the blocks inside it), or null where the view shows none. */
export function findBlockHandle(view: EditorView, position: number): HTMLElement | null {
  const blockElement = view.nodeDOM(position)
  if (!(blockElement instanceof HTMLElement)) return null
  const handles = Array.from(blockElement.querySelectorAll<HTMLElement>('[data-block-handle]'))
  // A React node view's DOM is a wrapper around the element the view renders.
  return (
    handles.find((handle) => {
      const owner = handle.closest('[data-movable-block]')
      return owner === blockElement || owner?.parentElement === blockElement
    }) ?? null
  )
}
