/**
 * Gives the focus back to `element`, the control a dialog was opened from. The editor gets it with its own
 * selection: a plain `focus()` on a contenteditable lets the browser put the DOM selection where it last was
 * (after a modal dialog, possibly outside the editor), and the next keys could go nowhere.
 */
export function restoreFocus(element: HTMLElement | null): void {
  if (!element?.isConnected) return
  const editor = (element as HTMLElement & { editor?: { view?: { focus(): void } } }).editor
  if (element.classList.contains('ProseMirror') && editor?.view) editor.view.focus()
  else element.focus()
}
