/**
 * Extracted text without what repeats on every page (running footer, "Seite x von y", repeated table
 * headers), which a page break puts into the middle of a passage. Lines starting with one of
 * `repeatedLines` go, so that a footer the renderer shortened or wrapped goes too.
 */
export function withoutPageFurniture(text: string, repeatedLines: readonly string[]): string {
  const normalize = (line: string) => line.replace(/\s+/g, ' ').trim()
  const repeated = repeatedLines.map(normalize).filter(Boolean)
  return text
    .split(/\r?\n|\f/)
    .filter((line) => {
      const normalized = normalize(line)
      if (repeated.some((prefix) => normalized.startsWith(prefix))) return false
      if (/(?:^|\s)Seite \d+( von \d+)?$/.test(normalized)) return false
      return true
    })
    .join('\n')
}
