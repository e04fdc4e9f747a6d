import { useEffect, useRef } from 'react'
import type { SearchBarMode } from './SearchBar'

/** Strg+F opens the search bar and Strg+H search and replace, wherever the focus is on the editor page (instead of the browser's own search). */
export function useSearchShortcuts(onOpen: (mode: SearchBarMode) => void): void {
  const onOpenRef = useRef(onOpen)
  useEffect(() => {
    onOpenRef.current = onOpen
  })
  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      const key = event.key.toLowerCase()
      if (key !== 'f' && key !== 'h') return
      event.preventDefault()
      onOpenRef.current(key === 'h' ? 'replace' : 'search')
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [])
}
