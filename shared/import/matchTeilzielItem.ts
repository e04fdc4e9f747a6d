/** The text of an outline item "Teilziel k: text" (k is positional and dropped), or null. */
export function matchTeilzielItem(text: string): string | null {
  const match = /^Teilziel\s*\d*\s*:\s*(.+)$/.exec(text.trim())
  return match ? match[1]!.trim() : null
}
