import type { PdfFragment } from './PdfFragment'

/** Total height of fragments stacked in a column, the first one's space above not counted. */
export function stackHeight(fragments: readonly PdfFragment[]): number {
  return fragments.reduce((sum, fragment, index) => sum + fragment.height + (index > 0 ? fragment.spaceBefore : 0), 0)
}
