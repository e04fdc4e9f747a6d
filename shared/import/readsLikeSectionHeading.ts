/** A numbered line's title that reads like a heading: short, starting with a letter or quote, no sentence end. */
export function readsLikeSectionHeading(title: string): boolean {
  return title.length <= 150 && /^[\p{L}„"(]/u.test(title) && !/[.,;]$/.test(title)
}
