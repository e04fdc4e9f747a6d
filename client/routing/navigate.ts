/** Moves to another page of the app without reloading it. */
export function navigate(path: string): void {
  if (path === window.location.pathname && !window.location.hash) return
  window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
}
