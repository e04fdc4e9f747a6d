import mammoth from 'mammoth'
import type { DocxBlock } from './DocxBlock'

/**
 * Whether a Word document holds converted text rather than a document built in Word: no heading styles,
 * tables or lists, only paragraphs — typically one per line, as LibreOffice makes from a .txt file or a
 * PDF conversion, with debris like `**`, `<ul …>` or `[…](#)` in it. Such text reads best with the text
 * importer's clean-up and structure recognition.
 */
export function looksLikeConvertedText(blocks: readonly DocxBlock[]): boolean {
  if (blocks.length < 10) return false
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph')
  if (paragraphs.length < blocks.length * 0.95) return false
  if (blocks.some((block) => block.kind === 'heading' || block.kind === 'table')) return false
  // Word documents have long paragraphs; converted text mostly short lines.
  const shortLines = paragraphs.filter((block) => block.text.length <= 120).length
  return shortLines >= paragraphs.length * 0.5
}

/** The document's text with one line per Word paragraph, empty paragraphs as empty lines. */
export async function readConvertedTextOfDocx(buffer: Uint8Array): Promise<string> {
  // mammoth ends every paragraph, empty ones included, with a blank line.
  const { value } = await mammoth.extractRawText({ buffer: buffer as Buffer })
  const paragraphs = value.split('\n\n')
  if (paragraphs.at(-1) === '') paragraphs.pop()
  return paragraphs.join('\n')
}
