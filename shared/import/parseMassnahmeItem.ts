export interface MassnahmeItem {
  /** The code without inner spaces ("aG 1" becomes "aG1"). */
  code: string
  /** The code as the source writes it. */
  sourceCode: string
  text: string
}

/** Recognises "Maßnahme S1: text" (also "Maßnahme S6:text", "Maßnahme aG 1: text") in an outline item. */
export function parseMassnahmeItem(text: string): MassnahmeItem | null {
  const match = /^Ma(?:ß|ss)nahme\s+([A-Za-zÄÖÜäöü]{0,6}\s?\d{1,3}[a-z]?)\s*:\s*(.*)$/.exec(text.trim())
  if (!match) return null
  const sourceCode = match[1]!
  return { code: sourceCode.replace(/\s+/g, ''), sourceCode, text: match[2]!.trim() }
}
