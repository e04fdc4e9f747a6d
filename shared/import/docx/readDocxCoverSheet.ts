import type { BeschlussvorlageCover } from '../BeschlussvorlageCover'
import { coverMarker } from '../locateCoverSheet'
import { matchCoverSectionLabel, type CoverSectionKey } from '../matchCoverSectionLabel'
import { parseBeschlussvorlageCover } from '../parseBeschlussvorlageCover'
import type { DocxBlock } from './DocxBlock'
import { docxStyleClasses } from './docxStyleClasses'

export interface DocxCoverSheet {
  cover: BeschlussvorlageCover
  /** The cover as the text the plain-text importer reads (rows tab-separated), for what it derives from the wording. */
  text: string
  /** How many blocks the cover takes up, the line that announces the Anlage included: the concept starts after them. */
  blockCount: number
}

const anlageAnnouncement = /^Anlage\s+(?:\d+\s+)?zur\s+(?:Beschluss|Sitzungs)vorlage\b/i
// What starts the concept after the list of attachments: its title page, its contents, a heading.
const conceptStartClasses: ReadonlySet<string> = new Set([docxStyleClasses.title, docxStyleClasses.subtitle, docxStyleClasses.tableOfContents, docxStyleClasses.note])
const longestAttachmentName = 300

/**
 * The cover sheet of a Beschlussvorlage at the start of a Word document — as Fassung exports it (a header
 * table with Vorlage-Nr and Datum, the title, "vorgesehene Beratungsfolge:" with its table, the labelled
 * sections, "Anlage/n:") or as an office writes it. The blocks are read as the lines of the text importer's
 * cover sheet (table rows tab-separated, paragraphs apart), so both importers understand a cover alike.
 * Null when the document does not start with one.
 */
export function readDocxCoverSheet(blocks: readonly DocxBlock[]): DocxCoverSheet | null {
  if (!blocks.slice(0, 3).some((block) => blockLines(block).some((line) => line.split('\t').some((cell) => coverMarker.test(cell.trim()))))) return null
  const lines: string[] = []
  let section: CoverSectionKey | null = null
  let index = 0
  for (; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.kind === 'heading') break
    if (block.kind === 'paragraph' && conceptStartClasses.has(block.className)) break
    const label = block.kind === 'paragraph' ? matchCoverSectionLabel(block.text.trim()) : null
    if (label) {
      section = label.key
      lines.push('', ...blockLines(block))
      continue
    }
    if (section === 'anlagen') {
      // Attachments are short lines one under the other; a long paragraph is the concept's own text.
      if (block.kind !== 'paragraph' || block.text.trim().length > longestAttachmentName || anlageAnnouncement.test(block.text.trim())) break
      if (block.text.trim()) lines.push(block.text.trim())
      continue
    }
    lines.push(...blockLines(block))
    // Paragraphs of a text section stay paragraphs; rows of the header and the Beratungsfolge stay rows.
    if (section !== null && section !== 'beratungsfolge' && block.kind !== 'table') lines.push('')
  }
  const next = blocks[index]
  if (next?.kind === 'paragraph' && anlageAnnouncement.test(next.text.trim())) index += 1
  const text = lines.join('\n')
  const cover = parseBeschlussvorlageCover(text)
  return cover ? { cover, text, blockCount: index } : null
}

function blockLines(block: DocxBlock): string[] {
  if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.text.replace(/\s+/g, ' ').trim()).join('\t'))
  if (block.kind === 'list') return block.items.flatMap((item) => item.flatMap(blockLines))
  return [block.text.replace(/[^\S\t]+/g, ' ').trim()]
}
