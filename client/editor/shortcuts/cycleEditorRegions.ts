import { focusToolbar } from '../toolbar/focusToolbar'

const focusableSelector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

// The editor page's regions in the order F6 visits them; the search bar only while it is open.
const regions: { selector: string; focus: (region: HTMLElement) => boolean }[] = [
  { selector: '.app-header', focus: focusFirstIn },
  { selector: 'nav.outline', focus: focusFirstIn },
  { selector: '[role="toolbar"]', focus: () => focusToolbar() },
  { selector: '#konzepttext', focus: focusItself },
  { selector: '[data-testid="search-bar"]', focus: focusFirstIn },
]

/**
 * F6 (Umschalt+F6 backwards) moves the focus to the next region of the editor page — header, outline, toolbar,
 * text, search bar — as in office programs, so that nobody has to Tab through the whole concept. Returns
 * whether the focus moved.
 */
export function cycleEditorRegions(direction: 1 | -1): boolean {
  const present = regions.flatMap((region) => {
    const element = document.querySelector<HTMLElement>(region.selector)
    return element && element.getClientRects().length > 0 ? [{ element, focus: region.focus }] : []
  })
  if (present.length === 0) return false
  const active = document.activeElement
  const currentIndex = present.findIndex(({ element }) => active instanceof Node && element.contains(active))
  for (let step = 1; step <= present.length; step += 1) {
    const start = currentIndex < 0 ? (direction === 1 ? -1 : 0) : currentIndex
    const candidate = present[(start + direction * step + present.length * 2) % present.length]
    if (candidate && candidate.focus(candidate.element)) return true
  }
  return false
}

function focusFirstIn(region: HTMLElement): boolean {
  const target = Array.from(region.querySelectorAll<HTMLElement>(focusableSelector)).find((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
  target?.focus()
  return target !== undefined
}

function focusItself(region: HTMLElement): boolean {
  region.focus()
  return document.activeElement === region
}
