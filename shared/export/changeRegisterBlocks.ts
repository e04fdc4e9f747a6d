import { describeChangeKind } from '../changes/describeChangeKind'
import { describeChangeLocation } from '../changes/describeChangeLocation'
import type { ChangeEntry } from '../changes/ChangeModel'
import type { ExportBlock, ExportTableCell } from './ExportDocument'
import { runsFromText } from './runsFromText'

/** The changes an export lists, and the version they are counted from. */
export interface ChangeRegister {
  /** The older version as the title of the list names it: "i.d.F. vom 21.03.2019 (AFS)". */
  olderLabel: string
  changes: readonly ChangeEntry[]
}

/**
 * The list of changes after the text of a concept exported "with changes": one row per change with where
 * it stands ("Teilziel 2 · Zielgruppe · 3.1.2"), what it is ("Einfügung", "Fett hinzugefügt"), the text
 * and who made it.
 */
export function changeRegisterBlocks(register: ChangeRegister): ExportBlock[] {
  const cell = (text: string, header = false): ExportTableCell => ({ header, shaded: header, blocks: [{ type: 'paragraph', style: 'body', runs: runsFromText(text, header ? { bold: true } : {}) }] })
  const title: ExportBlock = { type: 'paragraph', style: 'lead', runs: runsFromText(`Änderungen gegenüber dem Integrationskonzept ${register.olderLabel}`, { bold: true }) }
  if (register.changes.length === 0) return [{ type: 'pageBreak' }, title, { type: 'paragraph', style: 'body', runs: runsFromText('Keine Änderungen.') }]
  return [
    { type: 'pageBreak' },
    title,
    {
      type: 'table',
      role: 'grid',
      columnWidths: [6, 26, 16, 34, 18],
      headerRows: [{ cells: ['Nr.', 'Ort', 'Art', 'Änderung', 'Von'].map((header) => cell(header, true)) }],
      rows: register.changes.map((change, index) => ({
        cells: [
          cell(String(index + 1)),
          cell(describeChangeLocation(change.location) || '–'),
          cell(describeChangeKind(change)),
          cell(change.summary || '–'),
          cell(change.author ? `${change.author.name} · ${change.author.department}` : 'unbekannt'),
        ],
      })),
    },
  ]
}
