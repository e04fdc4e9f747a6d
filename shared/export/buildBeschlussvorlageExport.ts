import type { DocumentMetadata } from '../documentMeta/DocumentMetadata'
import type { ExportBlock, ExportDocument, ExportTableRow } from './ExportDocument'
import { conceptExportBlocks, type ConceptExportInput } from './conceptExportBlocks'
import { describeExportVersion } from './describeExportVersion'
import { formatGermanDate } from './formatGermanDate'
import { runsFromText } from './runsFromText'
import { textToParagraphs } from './textToParagraphs'

export interface BeschlussvorlageExportInput extends ConceptExportInput {
  metadata: DocumentMetadata
}

/**
 * The Beschlussvorlage as in seed 003: the header block (öffentlich/nichtöffentlich, Vorlage-Nr, Datum,
 * Fachdienst, Ansprechpartner/in, Bearbeiter/in), the title, the planned Beratungsfolge, the text sections
 * of the cover, then the concept as its Anlage.
 */
export function buildBeschlussvorlageExport(input: BeschlussvorlageExportInput): ExportDocument {
  const { cover, beratungsfolge } = input.metadata
  const { citation } = describeExportVersion(input.version)
  const title = cover.title.trim() || input.documentTitle
  const visibility = cover.oeffentlich ? 'öffentlich' : 'nichtöffentlich'
  const fachdienst = cover.fachdienst.trim()
  const cell = (text: string, bold = false) => ({ blocks: text ? [paragraph(text, bold)] : [] })
  const header: ExportTableRow[] = [
    { cells: [cell(`Beschlussvorlage ${visibility}`, true), cell(`Vorlage-Nr: ${cover.vorlageNummer.trim()}`)] },
    { cells: [cell(`- ${visibility} -`), cell(`Datum: ${formatGermanDate(cover.datum)}`)] },
    { cells: [cell(fachdienst && !/^Fachdienst\b/i.test(fachdienst) ? `Fachdienst ${fachdienst}` : fachdienst), cell(`Ansprechpartner/in: ${cover.ansprechpartner.trim()}`)] },
    { cells: [cell(''), cell(`Bearbeiter/in: ${cover.bearbeiter.trim()}`)] },
  ]
  const beratung: ExportBlock =
    beratungsfolge.length > 0
      ? {
          type: 'table',
          role: 'grid',
          columnWidths: [18, 52, 30],
          headerRows: [{ cells: ['Datum', 'Gremium', 'Zuständigkeit'].map((text) => ({ header: true, shaded: true, blocks: [paragraph(text, true)] })) }],
          rows: beratungsfolge.map((entry) => ({ cells: [cell(formatGermanDate(entry.datum)), cell(entry.gremium), cell(entry.zustaendigkeit)] })),
        }
      : { type: 'paragraph', style: 'body', runs: runsFromText('Keine Beratungsfolge angegeben.', { italic: true }) }
  const begruendung = cover.begruendungNichtoeffentlichkeit.trim() || (cover.oeffentlich ? 'entfällt' : '')
  const anlagen = cover.anlagen.map((anlage) => anlage.trim()).filter(Boolean)
  return {
    title,
    subject: `Beschlussvorlage ${cover.vorlageNummer.trim()}`.trim(),
    footer: [`Beschlussvorlage ${cover.vorlageNummer.trim()}`.trim(), input.documentTitle].join(' – '),
    orientation: 'portrait',
    blocks: [
      { type: 'table', role: 'layout', columnWidths: [50, 50], headerRows: [], rows: header },
      { type: 'paragraph', style: 'lead', runs: runsFromText(title, { bold: true }) },
      label('vorgesehene Beratungsfolge:'),
      beratung,
      ...section('Beschlussvorschlag:', cover.beschlussvorschlag),
      ...section('Begründung der Nichtöffentlichkeit:', begruendung),
      ...section('Sachverhalt:', cover.sachverhalt),
      ...section('Relevanz für den Klimaschutz:', cover.klimaschutz),
      ...section('Finanzielle Auswirkungen:', cover.finanzielleAuswirkungen),
      label('Anlage/n:'),
      ...(anlagen.length > 0 ? anlagen : [input.documentTitle]).map((anlage) => paragraph(anlage)),
      { type: 'pageBreak' },
      { type: 'paragraph', style: 'note', runs: runsFromText(`Anlage zur Beschlussvorlage ${cover.vorlageNummer.trim()} – ${input.documentTitle}, ${citation}`.replace(/\s+–/, ' –')) },
      ...conceptExportBlocks(input),
    ],
  }
}

function paragraph(text: string, bold = false): ExportBlock {
  return { type: 'paragraph', style: 'body', runs: runsFromText(text, bold ? { bold: true } : {}) }
}

function label(text: string): ExportBlock {
  return { type: 'paragraph', style: 'label', runs: runsFromText(text, { bold: true }) }
}

function section(heading: string, text: string): ExportBlock[] {
  return [label(heading), ...textToParagraphs(text)]
}
