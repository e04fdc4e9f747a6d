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
        block('paragraph', 'p1', { changed: true, location: { sectionNumber: '3', blockLabel: 'Absatz' }, runs: [run('Alt bleibt, '), run('gestrichen', 'deleted'), run('neu', 'inserted', { bold: {} }), run(' und '), run('Link', 'unchanged', { link: { href: 'https://example.org' } })] }),
        block('orderedList', 'ol', {
          changed: true,
          children: [
            block('listItem', 'li1', { status: 'inserted', changed: true, children: [block('paragraph', 'lp1', { status: 'inserted', changed: true, location: { sectionNumber: '3', blockLabel: 'Listenpunkt' }, runs: [run('Neuer erster Punkt', 'inserted')] })] }),
            block('listItem', 'li2', { children: [block('paragraph', 'lp2', { runs: [run('Alter Punkt')] })] }),
          ],
        }),
        block('massnahme', 'm1', {
          attributes: { code: 'S1', zeitraum: '', status: '' },
          children: [block('massnahmeText', 'mt', { children: [block('paragraph', 'mp', { runs: [run('Sprachcafé')] })] })],
        }),
        block('paragraph', 'p2', { status: 'deleted', changed: true, location: { sectionNumber: '3', blockLabel: 'Absatz' }, runs: [run('Ganz gestrichen', 'deleted')] }),
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

  it('aligns one row per block: deletions struck through on the left, insertions underlined on the right, changed rows located in each version', () => {
    const rows = table.rows.map((row) => row.cells.map((cell) => text(cell.blocks)))
    expect(rows).toEqual([
      ['2 Bildung', '3 Bildung'],
      ['Absatz · 2 / Alt bleibt, gestrichen und Link', 'Absatz · 3 / Alt bleibt, neu und Link'],
      ['', 'Listenpunkt · 3 / 1. Neuer erster Punkt'],
      ['1. Alter Punkt', '2. Alter Punkt'],
      ['Maßnahme S1 / Sprachcafé', 'Maßnahme S1 / Sprachcafé'],
      ['Absatz · 2 / Ganz gestrichen', ''],
    ])
    expect(table.rows[1]!.cells[0]!.blocks[0]).toMatchObject({ type: 'paragraph', style: 'note' })
    const [left, right] = table.rows[1]!.cells.map((cell) => ({ blocks: cell.blocks.slice(1) }))
    expect(left!.blocks[0]).toMatchObject({ runs: [{ text: 'Alt bleibt, ' }, { text: 'gestrichen', change: 'deleted' }, { text: ' und ' }, { text: 'Link', href: 'https://example.org' }] })
    expect(right!.blocks[0]).toMatchObject({ runs: [{ text: 'Alt bleibt, ' }, { text: 'neu', change: 'inserted', bold: true }, { text: ' und ' }, { text: 'Link', href: 'https://example.org' }] })
    expect(table.rows[5]!.cells[0]!.blocks[1]).toMatchObject({ runs: [{ text: 'Ganz gestrichen', change: 'deleted' }] })
  })

  it('shows each version’s marks, notes a changed mark and a new place under the newer text', () => {
    const formatted: ChangeModel = {
      ...model,
      blocks: [
        block('teilziel', 'tz', {
          changed: true,
          location: { sectionNumber: '3', blockLabel: 'Teilziel 2' },
          reorder: { changeId: 'r1', fromIndex: 1, toIndex: 0, author: null, ranges: [] },
          children: [
            block('teilzielZiel', 'ziel', {
              changed: true,
              children: [
                block('paragraph', 'zp', {
                  changed: true,
                  runs: [
                    run('Sprachförderung', 'unchanged', { bold: {} }),
                    { ...run(' für alle', 'unchanged', { italic: {} }), olderMarks: {}, formatChanges: [{ changeId: 'f1', mark: 'italic', change: 'added', value: {}, author: null, ranges: [] }] },
                  ],
                }),
              ],
            }),
          ],
        }),
      ],
    }
    const cells = (input: ChangeModel) => buildSynopseExport({ model: input, documentTitle: 'T', olderLabel: 'A', newerLabel: 'B' }).blocks.find((entry): entry is ExportTable => entry.type === 'table')!.rows.flatMap((row) => row.cells)
    const right = cells(formatted).at(-1)!
    expect(text(right.blocks)).toBe('Teilziel 2 / Teilziel / Sprachförderung für alle / Reihenfolge geändert: Position 2 → 1 / Kursiv hinzugefügt: „für alle“')
    expect(right.blocks.flatMap((entry) => (entry.type === 'paragraph' ? entry.runs : [])).find((part) => part.text === ' für alle')).toEqual({ text: ' für alle', italic: true })
    // Without the reorder the block has one row: the older column shows the older marks.
    const [left] = cells({ ...formatted, blocks: [{ ...formatted.blocks[0]!, reorder: undefined }] })
    expect(left!.blocks.flatMap((entry) => (entry.type === 'paragraph' ? entry.runs : [])).find((part) => part.text === ' für alle')).toEqual({ text: ' für alle' })
  })
})
