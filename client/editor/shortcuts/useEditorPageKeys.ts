import { useEffect, useRef } from 'react'
import { cycleEditorRegions } from './cycleEditorRegions'

/**
 * Keys of the whole editor page: F6 / Umschalt+F6 move between its regions, "?" opens the shortcut help
 * (outside text input, where "?" is a character to type).
 */
export function useEditorPageKeys(onOpenShortcutHelp: () => void): void {
  const onOpenRef = useRef(onOpenShortcutHelp)
  useEffect(() => {
    onOpenRef.current = onOpenShortcutHelp
  })
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      if (event.key === 'F6' && !event.ctrlKey && !event.altKey && !event.metaKey) {
        if (cycleEditorRegions(event.shiftKey ? -1 : 1)) event.preventDefault()
        return
      }
      if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !isTextInput(event.target)) {
        event.preventDefault()
        onOpenRef.current()
      }
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [])
}

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type)
}
