import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import type { ExportBlock, ExportTable } from '../../../shared/export/ExportDocument'
import { conceptToExportBlocks } from '../../../shared/export/conceptToExportBlocks'
import { exportFileName } from '../../../shared/export/exportFileName'
import { formatGermanDate } from '../../../shared/export/formatGermanDate'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'

const text = (value: string, marks?: JSONContent['marks']): JSONContent => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const field = (type: string, ...content: JSONContent[]): JSONContent => ({ type, content })

const concept: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Handlungsfelder')] },
    paragraph(text('Siehe '), text('Website', [{ type: 'link', attrs: { href: 'https://kreis.example/integration' } }]), text(' und '), text('Bericht', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text('.')),
    { type: 'paragraph' },
    {
      type: 'handlungsfeld',
      content: [
        { type: 'handlungsfeldTitel', content: [text('Bildung')] },
        field('oberziel', paragraph(text('Alle haben Zugang zu Bildung'))),
        {
          type: 'handlungsfeld',
          content: [
            { type: 'handlungsfeldTitel', content: [text('Sprache')] },
            {
              type: 'teilziel',
              content: [
                field('teilzielZiel', paragraph(text('Sprachkurse sind erreichbar.', [{ type: 'bold' }]))),
                field('teilzielAufgaben', paragraph(text('Koordinierung'))),
                field('teilzielZielgruppe', paragraph(text('Erwachsene'))),
                field('teilzielAktivitaeten', { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Kurse abstimmen'))] }, { type: 'listItem', content: [paragraph(text('Träger beraten'))] }] }),
                field('teilzielVerantwortliche', paragraph(text('Fachgruppe Integration'))),
              ],
            },
            {
              type: 'massnahme',
              attrs: { code: 'S1', zeitraum: '2025–2026', status: 'geplant' },
              content: [field('massnahmeText', paragraph(text('Sprachcafé einrichten'))), field('massnahmeVerantwortliche', { type: 'paragraph' })],
            },
          ],
        },
      ],
    },
    { type: 'handlungsfeld', content: [{ type: 'handlungsfeldTitel', content: [text('Arbeit')] }, { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('dritter Punkt', [{ type: 'italic' }, { type: 'underline' }]))] }] }] },
  ],
}

function cellTexts(table: ExportTable): string[][] {
  const blockText = (block: ExportBlock): string => {
    if (block.type === 'paragraph' || block.type === 'heading') return block.runs.map((run) => run.text).join('')
    if (block.type === 'list') return block.items.map((item) => item.map(blockText).join(' ')).join(' | ')
    return ''
  }
  return table.rows.map((row) => row.cells.map((cell) => cell.blocks.map(blockText).join(' ')))
}

describe('conceptToExportBlocks', () => {
  const { blocks, contents } = conceptToExportBlocks(getConceptSchema().nodeFromJSON(concept))

  it('numbers chapters and (nested) Handlungsfelder from their position and lists them for the table of contents', () => {
    const headings = blocks.filter((block) => block.type === 'heading')
    expect(headings.map((heading) => [heading.level, heading.number, heading.runs.map((run) => run.text).join('')])).toEqual([
      [1, '1', 'Handlungsfelder'],
      [2, '1.1', 'Bildung'],
      [3, '1.1.1', 'Sprache'],
      [2, '1.2', 'Arbeit'],
    ])
    expect(contents.map((entry) => [entry.number, entry.title, entry.depth])).toEqual([
      ['1', 'Handlungsfelder', 0],
      ['1.1', 'Bildung', 1],
      ['1.1.1', 'Sprache', 2],
      ['1.2', 'Arbeit', 1],
    ])
    expect(new Set(headings.map((heading) => heading.anchor)).size).toBe(4)
    for (const heading of headings) expect(heading.anchor).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/)
  })

  it('keeps web links, drops unsafe ones (their text stays), and leaves out empty paragraphs', () => {
    const linked = blocks[1]
    expect(linked).toMatchObject({ type: 'paragraph', runs: [{ text: 'Siehe ' }, { text: 'Website', href: 'https://kreis.example/integration' }, { text: ' und Bericht.' }] })
    expect(blocks[2]).toMatchObject({ type: 'heading', number: '1.1' })
  })

  it('puts the Oberziel under its label and lays Teilziele out as label/text tables like seed 003', () => {
    const oberzielIndex = blocks.findIndex((block) => block.type === 'paragraph' && block.style === 'label')
    expect(blocks[oberzielIndex]).toMatchObject({ runs: [{ text: 'Oberziel:', bold: true }] })
    expect(blocks[oberzielIndex + 1]).toMatchObject({ type: 'paragraph', style: 'oberziel', runs: [{ text: 'Alle haben Zugang zu Bildung' }] })
    const [teilziel, massnahme] = blocks.filter((block): block is ExportTable => block.type === 'table')
    expect(teilziel!.role).toBe('fields')
    expect(cellTexts(teilziel!)).toEqual([
      ['Teilziel', 'Sprachkurse sind erreichbar.'],
      ['Möglichkeiten und Aufgaben', 'Koordinierung'],
      ['Zielgruppe', 'Erwachsene'],
      ['Beispielhafte Aktivitäten', 'Kurse abstimmen | Träger beraten'],
      ['Verantwortliche', 'Fachgruppe Integration'],
    ])
    expect(teilziel!.rows[0]!.cells[0]).toMatchObject({ header: true, shaded: true })
    expect(teilziel!.rows[0]!.cells[1]!.blocks[0]).toMatchObject({ runs: [{ text: 'Sprachkurse sind erreichbar.', bold: true }] })
    expect(cellTexts(massnahme!)).toEqual([
      ['Maßnahme S1', 'Sprachcafé einrichten'],
      ['Zeitraum', '2025–2026'],
      ['Status', 'geplant'],
    ])
  })

  it('keeps ordered lists with their start number and inline formatting', () => {
    const list = blocks.at(-1)
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3, items: [[{ type: 'paragraph', runs: [{ text: 'dritter Punkt', italic: true, underline: true }] }]] })
  })
})

describe('file names and dates', () => {
  it('formats ISO dates the German way and leaves other text alone', () => {
    expect(formatGermanDate('2019-03-21')).toBe('21.03.2019')
    expect(formatGermanDate('09.09.2020')).toBe('09.09.2020')
  })

  it('makes file names every file system accepts, keeping German characters', () => {
    expect(exportFileName('Beschlussvorlage VO/2020/426-001 – Integrationskonzept', 'docx')).toBe('Beschlussvorlage VO-2020-426-001 – Integrationskonzept.docx')
    expect(exportFileName('Größe: "Ä" <neu>?', 'pdf')).toBe('Größe- -Ä- -neu--.pdf')
    expect(exportFileName('   ', 'html')).toBe('Export.html')
    expect(exportFileName('x'.repeat(400), 'pdf')).toHaveLength(150 + 4)
  })
})
