import { toolbarId } from './toolbarId'

/** Moves the keyboard focus to the toolbar button that was used last (Alt+F10, as in office programs). */
export function focusToolbar(): boolean {
  const button = document.getElementById(toolbarId)?.querySelector<HTMLElement>('[tabindex="0"]')
  if (!button) return false
  button.focus()
  return true
}
