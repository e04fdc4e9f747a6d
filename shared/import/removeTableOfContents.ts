const tocHeading = /^(?:Inhaltsverzeichnis|Inhalt|Gliederung)$/i
// An entry ends in its page number, after tabs, a dot leader or a wide gap.
const tocEntry = /^\S.*?(?:\t+|\s*\.{3,}\s*|[ ]{2,})\d{1,3}$/
const numberedTocEntry = /^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+\S.*?(?:\t+|\s*\.{3,}\s*|[ ]{2,})\d{1,3}$/

export interface TableOfContentsRemoval {
  lines: string[]
  removedEntries: number
}

/**
 * Drops tables of contents (entries with page numbers): after an "Inhaltsverzeichnis" heading, or any run of
 * three or more numbered entries. The document's outline makes them redundant, and their numbered lines would
 * otherwise be read as section headings.
 */
export function removeTableOfContents(lines: readonly string[]): TableOfContentsRemoval {
  const result: string[] = []
  let removedEntries = 0
  let index = 0
  while (index < lines.length) {
    const line = lines[index]!.trim()
    const isHeading = tocHeading.test(line)
    if (isHeading || numberedTocEntry.test(line)) {
      const entryPattern = isHeading ? tocEntry : numberedTocEntry
      let end = isHeading ? index + 1 : index
      let entries = 0
      let lastEntryEnd = end
      while (end < lines.length) {
        const candidate = lines[end]!.trim()
        if (candidate && !entryPattern.test(candidate)) break
        end += 1
        if (candidate) {
          entries += 1
          lastEntryEnd = end
        }
      }
      if (entries >= (isHeading ? 2 : 3)) {
        removedEntries += entries
        index = lastEntryEnd
        continue
      }
    }
    result.push(lines[index]!)
    index += 1
  }
  return { lines: result, removedEntries }
}
