import { inlineMarkupPattern } from './inlineMarkupPattern'
import { normalizeInlineText } from './normalizeInlineText'

/** The visible text of a line with Markdown-ish markup removed, for titles that cannot carry marks. */
export function stripInlineMarkup(text: string): string {
  const stripped = text.replace(inlineMarkupPattern, (whole, bold?: string, label?: string, _href?: string, angleUrl?: string, bareUrl?: string) => bold ?? label ?? angleUrl ?? bareUrl ?? whole)
  return normalizeInlineText(stripped.replace(/\*\*/g, ''))
}
