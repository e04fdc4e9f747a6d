import type { ExportBlock, ExportParagraphStyle } from './ExportDocument'
import { runsFromText } from './runsFromText'

/** Free text from a form field: blank lines separate paragraphs, single line breaks stay line breaks. */
export function textToParagraphs(text: string, style: ExportParagraphStyle = 'body'): ExportBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: 'paragraph', style, runs: runsFromText(paragraph) }))
}
