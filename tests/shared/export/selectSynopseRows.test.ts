import { describe, expect, it } from 'vitest'
import type { SynopseRow } from '../../../shared/changes/buildSynopseRows'
import type { SectionNumbers } from '../../../shared/changes/indexSectionNumbers'
import { selectSynopseRows } from '../../../shared/export/selectSynopseRows'

const row = (id: string, changed: boolean): SynopseRow => ({ id, left: null, right: null, changed })

// Rows in document order with the section each stands in (older → newer number).
const rows: SynopseRow[] = [row('intro', false), row('a', true), row('b', false), row('c', false), row('d', true), row('e', true), row('f', false)]
const sections = new Map<string, SectionNumbers>([
  ['a', { from: '3.1', to: '3.1' }],
  ['b', { from: '3.1.2', to: '3.1.2' }],
  ['c', { from: '3.10', to: '3.10' }],
  ['d', { from: '3.4', to: null }],
  ['e', { from: '3.3', to: '3.4' }],
  ['f', { from: '3.5', to: '3.5' }],
])

const describeItems = (items: ReturnType<typeof selectSynopseRows>) => items.map((item) => (item.kind === 'gap' ? `(…${item.count})` : item.row.id))

describe('selectSynopseRows', () => {
  it('keeps every row for the whole document', () => {
    expect(describeItems(selectSynopseRows(rows, sections, { changesOnly: false, sections: [] }))).toEqual(['intro', 'a', 'b', 'c', 'd', 'e', 'f'])
  })

  it('folds each stretch of unchanged rows into one omission', () => {
    expect(describeItems(selectSynopseRows(rows, sections, { changesOnly: true, sections: [] }))).toEqual(['(…1)', 'a', '(…2)', 'd', 'e', '(…1)'])
  })

  it('takes a Handlungsfeld with the ones below it, by its number in either version, and not 3.10 for 3.1', () => {
    expect(describeItems(selectSynopseRows(rows, sections, { changesOnly: false, sections: ['3.1'] }))).toEqual(['(…1)', 'a', 'b', '(…4)'])
    expect(describeItems(selectSynopseRows(rows, sections, { changesOnly: true, sections: ['3.4'] }))).toEqual(['(…4)', 'd', 'e', '(…1)'])
  })
})
