import { useEffect, useState } from 'react'
import { readOnlyInputEvent } from './readOnlyInputEvent'

const visibleMs = 6000

/**
 * A reviewer's caret moves like anyone's, but what they type is dropped; without a word that looks like a
 * broken keyboard. The first dropped input says why, seen and announced (WCAG 4.1.3), then fades.
 */
export function DroppedInputNotice() {
  const [shownAt, setShownAt] = useState<number | null>(null)

  useEffect(() => {
    const show = () => setShownAt((current) => (current !== null && Date.now() - current < visibleMs ? current : Date.now()))
    window.addEventListener(readOnlyInputEvent, show)
    return () => window.removeEventListener(readOnlyInputEvent, show)
  }, [])

  useEffect(() => {
    if (shownAt === null) return
    const timer = window.setTimeout(() => setShownAt(null), visibleMs - (Date.now() - shownAt))
    return () => window.clearTimeout(timer)
  }, [shownAt])

  return (
    <p className={shownAt === null ? 'visually-hidden' : 'dropped-input-notice'} role="status" data-testid="dropped-input-notice">
      {shownAt === null ? '' : 'Sie können dieses Konzept lesen und kommentieren, aber nicht ändern: Ihre Eingabe wurde nicht übernommen.'}
    </p>
  )
}
