/**
 * The heading level of a Handlungsfeld's title below the page title (h1): 3.1 is level 3 under chapter 3
 * (level 2), 3.1.2 level 4 — the number's depth is the outline's. Unnumbered ones go by nesting depth.
 */
export function handlungsfeldHeadingLevel(number: string | null | undefined, depth: number): number {
  const components = number ? number.split('.').filter(Boolean).length : depth + 2
  return Math.min(6, Math.max(2, components + 1))
}
