import type { ConceptFormat, ImportSummary } from '../../shared/import/ImportSummary'
import { formatCount } from '../text/formatCount'

const formatLabels: Record<ConceptFormat, string> = {
  'teilziel-blocks': 'Konzept mit Teilziel-Tabellen',
  outline: 'Gliederung mit Zielen und Maßnahmen',
  plain: 'Fließtext',
}

/**
 * The import result in German: what structure was recognised ("5 Handlungsfelder, 5 Oberziele,
 * 21 Teilziele erkannt"), what else came along, and as what kind of text the file was read.
 */
export function formatImportSummary(summary: ImportSummary): { recognised: string; details: string; format: string } {
  const structure = [
    formatCount(summary.handlungsfelder, 'Handlungsfeld', 'Handlungsfelder'),
    formatCount(summary.oberziele, 'Oberziel', 'Oberziele'),
    formatCount(summary.teilziele, 'Teilziel', 'Teilziele'),
  ]
  if (summary.massnahmen > 0) structure.push(formatCount(summary.massnahmen, 'Maßnahme', 'Maßnahmen'))
  const coverSheet = summary.coverSheet ? ' Das Deckblatt wurde in die Beschlussvorlage übernommen (Vorlage-Nr, Beratungsfolge, Beschlussvorschlag, Sachverhalt).' : ''
  return {
    recognised: `${structure.join(', ')} erkannt`,
    details: `Außerdem ${formatCount(summary.headings, 'Überschrift', 'Überschriften')} und ${formatCount(summary.paragraphs, 'Absatz', 'Absätze')} übernommen.${coverSheet}`,
    format: formatLabels[summary.format] ?? summary.format,
  }
}
