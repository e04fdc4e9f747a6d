import { ImportLimitError } from './ImportLimitError'
import type { ImportLimits } from './ImportLimits'

/** Refuses a text with more lines than the limits allow, before anything parses it (line breaks counted as cleanConvertedText makes them). */
export function checkTextImportSize(text: string, limits: Pick<ImportLimits, 'maxElements'>): void {
  let lines = 1
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) lines += 1
    else if (code === 0x0c) lines += 3
  }
  if (lines > limits.maxElements) {
    throw new ImportLimitError(`Der Text hat zu viele Zeilen (${lines.toLocaleString('de-DE')}, höchstens ${limits.maxElements.toLocaleString('de-DE')}). Bitte in kleineren Teilen importieren.`)
  }
}
