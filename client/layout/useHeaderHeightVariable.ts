import { useLayoutEffect, type RefObject } from 'react'

/**
 * The header wraps onto a second line when a page puts more into it than one line holds (an admin's editor:
 * exports, activity, presence, notifications, administration). Sticky sidebars and toolbars sit below it at
 * `--header-height`, so that variable follows the header's real height; 0 where the header scrolls away.
 */
export function useHeaderHeightVariable(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = header.current
    if (!element) return
    const root = document.documentElement
    const update = () => {
      const sticky = getComputedStyle(element).position === 'sticky'
      root.style.setProperty('--header-height', `${sticky ? element.getBoundingClientRect().height : 0}px`)
    }
    update()
    const observer = new ResizeObserver(update)
    observer.observe(element)
    window.addEventListener('resize', update)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
      root.style.removeProperty('--header-height')
    }
  }, [header])
}
