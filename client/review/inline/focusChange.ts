/**
 * Scrolls a change of the comparison into view and focuses it, which also opens its tooltip. Changes
 * without a marker of their own (a table row, say) fall back to their block. False if neither is shown.
 */
export function focusChange(root: ParentNode, changeId: string | null, blockId: string | null): boolean {
  let target = changeId ? root.querySelector<HTMLElement>(`[data-change-id="${CSS.escape(changeId)}"]`) : null
  if (!target && blockId) {
    target = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`)
    if (target && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1')
  }
  if (!target) return false
  target.scrollIntoView({ block: 'center' })
  target.focus({ preventScroll: true })
  return true
}
