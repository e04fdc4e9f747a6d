import type { PdfFragment } from './PdfFragment'

/** The same fragment drawn `dx` further right. */
export function shiftFragment(fragment: PdfFragment, dx: number): PdfFragment {
  if (dx === 0) return fragment
  const shifted: PdfFragment = {
    ...fragment,
    draw: (x, y, artifact) => fragment.draw(x + dx, y, artifact),
  }
  const split = fragment.split
  if (split) {
    shifted.split = (available) => {
      const parts = split.call(fragment, available)
      return parts ? [shiftFragment(parts[0], dx), shiftFragment(parts[1], dx)] : null
    }
  }
  return shifted
}
