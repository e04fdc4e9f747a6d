export interface PageBreakJoin {
  lines: string[]
  /** The joined places as "…end of page / start of next page…", for the import warnings. */
  joins: string[]
}

/**
 * Rejoins paragraphs a page break cut in two: a run of two or more blank lines between a line that stops
 * mid-sentence (lower-case letter or comma) and a line that goes on with a word. Structural lines on either
 * side are never joined.
 */
export function joinPageBreakSplits(lines: readonly string[], isStructural: (line: string) => boolean): PageBreakJoin {
  const result: string[] = []
  const joins: string[] = []
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!
    if (line.trim()) {
      result.push(line)
      index += 1
      continue
    }
    let end = index
    while (end < lines.length && !lines[end]!.trim()) end += 1
    const previous = result[result.length - 1]
    const next = lines[end]
    if (end - index >= 2 && previous !== undefined && next !== undefined && continuesAcrossPageBreak(previous, next, isStructural)) {
      result[result.length - 1] = `${previous.trim()} ${next.trim()}`
      joins.push(`…${previous.trim().slice(-30)} / ${next.trim().slice(0, 30)}…`)
      index = end + 1
      continue
    }
    for (let blank = index; blank < end; blank += 1) result.push('')
    index = end
  }
  return { lines: result, joins }
}

function continuesAcrossPageBreak(previous: string, next: string, isStructural: (line: string) => boolean): boolean {
  const before = previous.trim()
  const after = next.trim()
  if (before.length < 40 || previous.includes('\t') || next.includes('\t')) return false
  if (!/[\p{Ll},]$/u.test(before) || !/^\p{L}/u.test(after)) return false
  return !isStructural(before) && !isStructural(after)
}
