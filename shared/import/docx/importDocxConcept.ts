import type { JSONContent } from '@tiptap/core'
import mammoth from 'mammoth'
import { getConceptSchema } from '../../schema/getConceptSchema'
import type { ImportLimits } from '../ImportLimits'
import type { ImportSummary } from '../ImportSummary'
import { defaultImportLimits } from '../defaultImportLimits'
import { countImportedNodes } from '../countImportedNodes'
import { findNumberingMismatches } from '../findNumberingMismatches'
import { paragraphJson } from '../json/paragraphJson'
import type { DocxBlock } from './DocxBlock'
import { DocxImportError } from './DocxImportError'
import { docxBlocksToConcept } from './docxBlocksToConcept'
import { docxStyleMap } from './docxStyleMap'
import { htmlToDocxBlocks } from './htmlToDocxBlocks'
import { inspectDocxArchive } from './inspectDocxArchive'
import { parseHtml } from './parseHtml'
import { readConvertedTextOfDocx, looksLikeConvertedText } from './readConvertedTextOfDocx'
import { readDocxCoverSheet, type DocxCoverSheet } from './readDocxCoverSheet'
import { importPlainTextConcept } from '../importPlainTextConcept'
import { parseBeschlussvorlageCover } from '../parseBeschlussvorlageCover'

export interface DocxImport {
  /** ProseMirror JSON of type 'doc' that passes the concept schema; block ids are left unset. */
  doc: JSONContent
  summary: ImportSummary
  /** A Beschlussvorlage cover sheet in front of the concept, for the document's Beschlussvorlage fields. */
  coverSheet: DocxCoverSheet | null
}

/**
 * Imports an Integrationskonzept from a Word document (.docx): mammoth turns it into HTML, which is mapped
 * onto the concept — numbered sections and Handlungsfelder, Oberziele, Teilziel tables or label paragraphs
 * (seed 003), Maßnahmen with codes, lists, tables, bold/italic/underline/strike and links. Text that fits
 * no structure is kept as paragraphs; images cannot be taken over and are reported. If the structured
 * mapping fails, the text comes in as plain paragraphs. Throws DocxImportError for files that are no DOCX and
 * ImportLimitError for files beyond the limits (checked on the raw archive before mammoth reads anything).
 */
export async function importDocxConcept(buffer: Uint8Array, limits: ImportLimits = defaultImportLimits): Promise<DocxImport> {
  inspectDocxArchive(buffer, limits)
  let html: string
  let messages: { type: string; message: string }[]
  try {
    // mammoth reads a Uint8Array as it reads a Buffer (JSZip takes either); its types only name Buffer.
    const result = await mammoth.convertToHtml({ buffer: buffer as Buffer }, { styleMap: docxStyleMap, includeDefaultStyleMap: true })
    html = result.value
    messages = result.messages
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new DocxImportError(`Die Datei ist kein lesbares Word-Dokument (.docx): ${reason}`)
  }
  const { blocks: allBlocks, images } = htmlToDocxBlocks(parseHtml(html))
  if (looksLikeConvertedText(allBlocks)) {
    const asText = importConvertedText(await readConvertedTextOfDocx(buffer))
    const counts = asText.summary
    if (counts.handlungsfelder + counts.teilziele + counts.oberziele + counts.massnahmen + counts.headings > 0) return asText
  }
  // The cover goes into the Beschlussvorlage fields; the document holds the concept alone, as the Anlage it becomes.
  const coverSheet = readDocxCoverSheet(allBlocks)
  const blocks = coverSheet ? allBlocks.slice(coverSheet.blockCount) : allBlocks
  const notes = [...describeMessages(messages), ...(images > 0 ? [`${images} Bilder konnten nicht übernommen werden.`] : [])]
  try {
    const reading = docxBlocksToConcept(blocks)
    const doc = wrapDoc(reading.content)
    const node = getConceptSchema().nodeFromJSON(doc)
    node.check()
    const warnings = [...reading.warnings, ...findNumberingMismatches(node, doc, reading.sourceNumbers), ...notes]
    const counts = countImportedNodes(doc)
    const structured = counts.teilziele + counts.oberziele + counts.massnahmen > 0
    return { doc, coverSheet, summary: { format: structured ? 'teilziel-blocks' : 'plain', title: reading.title ?? coverSheet?.cover.title ?? '', coverSheet: coverSheet !== null, ...counts, warnings } }
  } catch (error) {
    const doc = wrapDoc(plainBlocks(blocks))
    const reason = error instanceof Error ? error.message : String(error)
    const warnings = [`Die Gliederung konnte nicht ausgewertet werden (${reason}); der Text wurde als einfache Absätze übernommen.`, ...notes]
    return { doc, coverSheet, summary: { format: 'plain', title: coverSheet?.cover.title ?? '', coverSheet: coverSheet !== null, ...countImportedNodes(doc), warnings } }
  }
}

/** A Word file of converted text, read as the text importer reads a .txt file: cover sheet, clean-up, structure. */
function importConvertedText(text: string): DocxImport {
  const cover = parseBeschlussvorlageCover(text)
  const { doc, summary } = importPlainTextConcept(text, { omitCoverSheet: cover !== null })
  const note = 'Das Word-Dokument enthält umgewandelten Text (eine Zeile je Absatz); er wurde wie eine Textdatei gelesen.'
  return { doc, coverSheet: cover ? { cover, text, blockCount: 0 } : null, summary: { ...summary, coverSheet: cover !== null, warnings: [note, ...summary.warnings] } }
}

function wrapDoc(content: readonly JSONContent[]): JSONContent {
  return { type: 'doc', content: content.length > 0 ? [...content] : [paragraphJson()] }
}

// Text only: whatever made the structured mapping fail cannot fail here.
function plainBlocks(blocks: readonly DocxBlock[]): JSONContent[] {
  const lines = (block: DocxBlock): string[] => {
    if (block.kind === 'list') return block.items.flatMap((item) => item.flatMap(lines).map((line, index) => (index === 0 ? `• ${line}` : line)))
    if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.text).join(' · '))
    return [block.text]
  }
  return blocks
    .flatMap(lines)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }))
}

function describeMessages(messages: readonly { type: string; message: string }[]): string[] {
  const styles = new Set<string>()
  let other = 0
  for (const message of messages) {
    const style = /Unrecognised (?:paragraph|run) style: '([^']+)'/.exec(message.message)?.[1]
    if (style) styles.add(style)
    else if (message.type === 'error' || message.type === 'warning') other += 1
  }
  const notes: string[] = []
  if (styles.size > 0) notes.push(`Formatvorlagen ohne Entsprechung als normaler Text übernommen: ${[...styles].map((style) => `„${style}“`).join(', ')}.`)
  if (other > 0) notes.push(`${other} Hinweise beim Lesen der Datei (z. B. nicht unterstützte Elemente); der Text wurde übernommen.`)
  return notes
}
