import { useEffect, useRef, useState } from 'react'
import { guardFocusAfterAction } from '../a11y/guardFocusAfterAction'

function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}

function pageHeading(): HTMLElement | null {
  return document.querySelector<HTMLElement>('main h1, [role="main"] h1') ?? document.querySelector<HTMLElement>('h1')
}

/**
 * In-app navigation replaces the page without a browser load, so nothing tells a screen reader that a new page
 * is there and focus falls to `<body>` with the link that was followed. On every page change this names the new
 * page in a status message and puts focus on its heading (unless the page placed it
 * itself, e.g. into the editor).
 */
export function PageChangeAnnouncer() {
  const [announcement, setAnnouncement] = useState('')
  const stopGuard = useRef<(() => void) | null>(null)

  useEffect(() => {
    let observer: MutationObserver | null = null
    const announceWhenReady = () => {
      observer?.disconnect()
      stopGuard.current?.()
      setAnnouncement('')
      // Until the user's next own key or click; a page that loads its data first may take a while to show its heading.
      stopGuard.current = guardFocusAfterAction(pageHeading, 20_000)
      // Pages load their data first; announce the heading once it names the page.
      const announce = () => {
        const heading = pageHeading()
        const name = heading?.textContent?.trim()
        if (!heading || !name) return false
        setAnnouncement(`Seite geöffnet: ${name}`)
        return true
      }
      // The old page is still in the DOM while React renders the new one.
      window.setTimeout(() => {
        if (announce()) return
        observer = new MutationObserver(() => {
          if (announce()) observer?.disconnect()
        })
        observer.observe(document.body, { childList: true, subtree: true, characterData: true })
        window.setTimeout(() => observer?.disconnect(), 5000)
      }, 30)
    }
    const unsubscribe = subscribeToLocation(announceWhenReady)
    return () => {
      unsubscribe()
      observer?.disconnect()
      stopGuard.current?.()
    }
  }, [])

  return (
    <p className="visually-hidden" role="status" data-testid="page-announcement">
      {announcement}
    </p>
  )
}
