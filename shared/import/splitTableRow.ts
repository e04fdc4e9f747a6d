/**
 * The cells of a tab-separated line, trimmed; positions are kept, so empty cells stay empty strings. A line
 * without a tab is a single cell.
 */
export function splitTableRow(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim())
}
