/**
 * After an action whose result re-renders the page (a decided change leaves the list, a dialog closes, a page
 * changes), the focused control can vanish and focus falls to `<body>`: a keyboard or screen-reader user is
 * thrown back to the top. Until the user does something else, this brings focus back to `target` whenever it
 * is lost. Returns a function that stops watching early.
 */
export function guardFocusAfterAction(target: () => HTMLElement | null, watchMs = 4000): () => void {
  let stopped = false
  const lost = () => {
    const active = document.activeElement
    return active === null || active === document.body || !active.isConnected
  }
  const restore = () => {
    if (stopped || !lost()) return
    const element = target()
    if (!element || !element.isConnected) return
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1')
    element.focus({ preventScroll: false })
  }
  const timer = window.setInterval(restore, 50)
  const timeout = window.setTimeout(() => stop(), watchMs)
  // The user's next own step decides where focus goes from then on.
  const stop = () => {
    if (stopped) return
    stopped = true
    window.clearInterval(timer)
    window.clearTimeout(timeout)
    window.removeEventListener('keydown', stop, true)
    window.removeEventListener('pointerdown', stop, true)
  }
  window.addEventListener('keydown', stop, true)
  window.addEventListener('pointerdown', stop, true)
  queueMicrotask(restore)
  return stop
}
