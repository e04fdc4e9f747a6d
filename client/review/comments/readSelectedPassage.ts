import type { CommentAnchor } from '../../../shared/review/CommentThread'

/** The passage selected in the comparison text as a comment anchor (its block, any change in it, the quote); null without a selection there. */
export function readSelectedPassage(root: HTMLElement | null): CommentAnchor | null {
  const selection = window.getSelection()
  if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return null
  const range = selection.getRangeAt(0)
  if (!root.contains(range.commonAncestorContainer)) return null
  const quote = selection.toString().replace(/\s+/g, ' ').trim()
  if (!quote) return null
  const start = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement
  return {
    blockId: start?.closest<HTMLElement>('[data-block-id]')?.dataset['blockId'] ?? null,
    changeId: start?.closest<HTMLElement>('[data-change-id]')?.dataset['changeId'] ?? null,
    quote: quote.slice(0, 500),
  }
}
