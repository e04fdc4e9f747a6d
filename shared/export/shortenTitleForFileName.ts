const maxTitleLength = 80

/** A long document title cut at a word boundary, so that a file name keeps its version part (the date). */
export function shortenTitleForFileName(title: string): string {
  const single = title.replace(/\s+/g, ' ').trim()
  if (single.length <= maxTitleLength) return single
  const cut = single.slice(0, maxTitleLength)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`
}
