import type { JSONContent } from '@tiptap/core'
import { getConceptSchema } from '../schema/getConceptSchema'
import type { ImportSummary } from './ImportSummary'
import type { ImportedContent } from './ImportedContent'
import { cleanConvertedText } from './cleanConvertedText'
import { countImportedNodes } from './countImportedNodes'
import { detectConceptFormat } from './detectConceptFormat'
import { findNumberingMismatches } from './findNumberingMismatches'
import { importOutlineText } from './importOutlineText'
import { importTeilzielBlockText } from './importTeilzielBlockText'
import { linesToBlocks } from './linesToBlocks'
import { paragraphJson } from './json/paragraphJson'

export interface PlainTextImportOptions {
  /** The document title to report; overrides the title found in the text (the document is not changed). */
  title?: string
  /** Leave a Beschlussvorlage cover sheet out of the document, for callers that keep its fields as metadata. */
  omitCoverSheet?: boolean
}

export interface PlainTextImport {
  /** ProseMirror JSON of type 'doc' that passes the concept schema; block ids are left unset. */
  doc: JSONContent
  summary: ImportSummary
}

/**
 * Imports an Integrationskonzept from converted plain text (PDF, Word or web export). Detects the layout —
 * numbered chapters with Teilziel tables and an optional Beschlussvorlage cover sheet (seed 003), or a dotted
 * outline with strategic goals and coded Maßnahmen (seed 002) — and maps it onto Handlungsfelder, Oberziele,
 * Teilziele and Maßnahmen; everything else becomes headings, paragraphs and lists. Text is never dropped,
 * except conversion debris and tables of contents, which the summary's warnings list. Never throws: if the
 * structured import fails, the text comes in as plain paragraphs.
 */
export function importPlainTextConcept(text: string, options: PlainTextImportOptions = {}): PlainTextImport {
  const cleaned = cleanConvertedText(text)
  const format = detectConceptFormat(cleaned.lines)
  const fallbackTitle = options.title?.trim() || firstLine(cleaned.lines)
  if (cleaned.lines.length === 0) {
    const doc: JSONContent = { type: 'doc', content: [paragraphJson()] }
    return { doc, summary: summarize(doc, format, options.title?.trim() ?? '', false, [...cleaned.warnings, 'Der Text ist leer – es wurde ein leeres Dokument angelegt.']) }
  }
  try {
    const imported = format === 'outline' ? importOutlineText(cleaned.lines) : importTeilzielBlockText(cleaned.lines, { conceptBlocks: format === 'teilziel-blocks', omitCoverSheet: options.omitCoverSheet === true })
    const doc = wrapDoc(imported)
    const node = getConceptSchema().nodeFromJSON(doc)
    node.check()
    const warnings = [...cleaned.warnings, ...imported.warnings, ...findNumberingMismatches(node, doc, imported.sourceNumbers)]
    return { doc, summary: summarize(doc, format, options.title?.trim() || imported.title || fallbackTitle, imported.coverSheet, warnings) }
  } catch (error) {
    const doc = wrapDoc({ content: linesToBlocks(cleaned.lines, { joinLines: false }) })
    const reason = error instanceof Error ? error.message : String(error)
    const warnings = [...cleaned.warnings, `Die Gliederung konnte nicht ausgewertet werden (${reason}); der Text wurde als einfache Absätze übernommen.`]
    return { doc, summary: summarize(doc, 'plain', fallbackTitle, false, warnings) }
  }
}

function wrapDoc({ content }: Pick<ImportedContent, 'content'>): JSONContent {
  return { type: 'doc', content: content.length > 0 ? content : [paragraphJson()] }
}

function summarize(doc: JSONContent, format: ImportSummary['format'], title: string, coverSheet: boolean, warnings: string[]): ImportSummary {
  return { format, title, coverSheet, ...countImportedNodes(doc), warnings }
}

function firstLine(lines: readonly string[]): string {
  const line = lines.find((candidate) => candidate.trim())?.replace(/\s+/g, ' ').trim() ?? ''
  return line.length > 120 ? `${line.slice(0, 119)}…` : line
}
