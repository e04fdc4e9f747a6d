import { describe, expect, it } from 'vitest'
import type { ChangeBlock, ChangeModel, ChangeRun } from '../../../shared/changes/ChangeModel'
import type { ExportBlock, ExportTable } from '../../../shared/export/ExportDocument'
import { buildSynopseExport } from '../../../shared/export/buildSynopseExport'

const run = (text: string, status: ChangeRun['status'] = 'unchanged', marks: Record<string, unknown> = {}): ChangeRun => ({ text, status, marks })

function block(type: string, id: string, options: Partial<ChangeBlock> = {}): ChangeBlock {
  return { id, type, status: 'unchanged', attributes: {}, attributeChanges: [], changed: false, children: [], runs: [], ...options }
}

const model: ChangeModel = {
  from: { id: 'afs', label: 'AFS' },
  to: { id: 'rat', label: 'Rat' },
  changes: [],
  blocks: [
    block('handlungsfeld', 'hf', {
      number: { from: '2', to: '3' },
      changed: true,
      children: [
        block('handlungsfeldTitel', 'titel', { runs: [run('Bildung')] }),
        block('paragraph', 'p1', { changed: true, runs: [run('Alt bleibt, '), run('gestrichen', 'deleted'), run('neu', 'inserted', { bold: {} }), run(' und '), run('Link', 'unchanged', { link: { href: 'https://example.org' } })] }),
        block('orderedList', 'ol', {
          changed: true,
          children: [
            block('listItem', 'li1', { status: 'inserted', changed: true, children: [block('paragraph', 'lp1', { status: 'inserted', changed: true, runs: [run('Neuer erster Punkt', 'inserted')] })] }),
            block('listItem', 'li2', { children: [block('paragraph', 'lp2', { runs: [run('Alter Punkt')] })] }),
          ],
        }),
        block('massnahme', 'm1', {
          attributes: { code: 'S1', zeitraum: '', status: '' },
          children: [block('massnahmeText', 'mt', { children: [block('paragraph', 'mp', { runs: [run('Sprachcafé')] })] })],
        }),
        block('paragraph', 'p2', { status: 'deleted', changed: true, runs: [run('Ganz gestrichen', 'deleted')] }),
      ],
    }),
  ],
}

function text(blocks: readonly ExportBlock[]): string {
  return blocks
    .map((entry) => {
      if (entry.type === 'paragraph') return entry.runs.map((part) => part.text).join('')
      if (entry.type === 'list') return entry.items.map((item, index) => `${entry.ordered ? `${entry.start + index}.` : '•'} ${text(item)}`).join(' ')
      return ''
    })
    .join(' / ')
}

describe('buildSynopseExport', () => {
  const document = buildSynopseExport({ model, documentTitle: 'Integrationskonzept', olderLabel: 'Integrationskonzept i.d.F. vom 21.03.2019 (AFS)', newerLabel: 'Integrationskonzept i.d.F. vom 27.05.2019 (Rat)' })
  const table = document.blocks.find((entry): entry is ExportTable => entry.type === 'table')!

  it('is a landscape two-column table headed by the two Fassungen', () => {
    expect(document.orientation).toBe('landscape')
    expect(table.role).toBe('synopse')
    expect(table.headerRows[0]!.cells.map((cell) => text(cell.blocks))).toEqual(['Integrationskonzept i.d.F. vom 21.03.2019 (AFS)', 'Integrationskonzept i.d.F. vom 27.05.2019 (Rat)'])
  })

  it('aligns one row per block: deletions struck through on the left, insertions underlined on the right', () => {
    const rows = table.rows.map((row) => row.cells.map((cell) => text(cell.blocks)))
    expect(rows).toEqual([
      ['2 Bildung', '3 Bildung'],
      ['Alt bleibt, gestrichen und Link', 'Alt bleibt, neu und Link'],
      ['', '1. Neuer erster Punkt'],
      ['1. Alter Punkt', '2. Alter Punkt'],
      ['Maßnahme S1 / Sprachcafé', 'Maßnahme S1 / Sprachcafé'],
      ['Ganz gestrichen', ''],
    ])
    const [left, right] = table.rows[1]!.cells
    expect(left!.blocks[0]).toMatchObject({ runs: [{ text: 'Alt bleibt, ' }, { text: 'gestrichen', change: 'deleted' }, { text: ' und ' }, { text: 'Link', href: 'https://example.org' }] })
    expect(right!.blocks[0]).toMatchObject({ runs: [{ text: 'Alt bleibt, ' }, { text: 'neu', change: 'inserted', bold: true }, { text: ' und ' }, { text: 'Link', href: 'https://example.org' }] })
    expect(table.rows[5]!.cells[0]!.blocks[0]).toMatchObject({ runs: [{ text: 'Ganz gestrichen', change: 'deleted' }] })
  })
})
