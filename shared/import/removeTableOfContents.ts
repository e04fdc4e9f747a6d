const tocHeading = /^(?:Inhaltsverzeichnis|Inhalt|Gliederung)$/i
const sectionNumberPrefix = /^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+/

// An entry ends in its page number, after tabs, a dot leader or a wide gap. Checked by hand rather than with
// /^\S.*?(?:\t+|\s*\.{3,}\s*|[ ]{2,})\d{1,3}$/, which backtracks quadratically on long whitespace or dot runs.
function isTocEntry(line: string): boolean {
  if (!/^\S/.test(line)) return false
  let digits = 0
  while (digits < line.length && isDigit(line[line.length - 1 - digits]!)) digits += 1
  if (digits < 1 || digits > 3) return false
  const beforeNumber = line.slice(0, line.length - digits)
  if (beforeNumber.endsWith('\t')) return beforeNumber.length >= 2
  if (beforeNumber.endsWith('  ')) return beforeNumber.length >= 3
  const leader = beforeNumber.trimEnd()
  return leader.endsWith('...') && leader.length >= 4
}

function isNumberedTocEntry(line: string): boolean {
  const prefix = sectionNumberPrefix.exec(line)
  return prefix !== null && isTocEntry(line.slice(prefix[0].length))
}

function isDigit(character: string): boolean {
  return character >= '0' && character <= '9'
}

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
    if (isHeading || isNumberedTocEntry(line)) {
      const isEntry = isHeading ? isTocEntry : isNumberedTocEntry
      let end = isHeading ? index + 1 : index
      let entries = 0
      let lastEntryEnd = end
      while (end < lines.length) {
        const candidate = lines[end]!.trim()
        if (candidate && !isEntry(candidate)) break
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
