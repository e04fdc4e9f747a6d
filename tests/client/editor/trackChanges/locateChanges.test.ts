import { describe, expect, it } from 'vitest'
import type { ChangeAuthor, ChangeBlock, ChangeModel, ChangeRun } from '../../../../shared/changes/ChangeModel'
import { getConceptSchema } from '../../../../shared/schema/getConceptSchema'
import { locateChanges } from '../../../../client/editor/trackChanges/locateChanges'

const schema = getConceptSchema()
const author: ChangeAuthor = { userId: 'u1', name: 'Said Najj', department: 'Fachdienst Zuwanderung', at: '2021-03-21T09:00:00.000Z' }

function paragraphs(...texts: [string, string][]) {
  return schema.node(
    'doc',
    null,
    texts.map(([id, text]) => schema.node('paragraph', { id }, text ? [schema.text(text)] : [])),
  )
}

function block(id: string, runs: ChangeRun[], status: ChangeBlock['status'] = 'unchanged', extra: Partial<ChangeBlock> = {}): ChangeBlock {
  return { id, type: 'paragraph', status, attributes: {}, attributeChanges: [], changed: true, children: [], runs, ...extra }
}

function model(...blocks: ChangeBlock[]): ChangeModel {
  return { from: { id: 'f', label: 'Vorlage' }, to: { id: 'draft', label: 'Entwurf' }, blocks, changes: [] }
}

const unchanged = (text: string): ChangeRun => ({ text, status: 'unchanged', marks: {} })
const inserted = (text: string, changeId: string): ChangeRun => ({ text, status: 'inserted', marks: {}, changeId, author })
const deleted = (text: string, changeId: string): ChangeRun => ({ text, status: 'deleted', marks: {}, changeId, author })

describe('placing a comparison’s runs in the live document', () => {
  it('lays insertions over their characters and deletions between them, by block id and offset', () => {
    // The second paragraph starts after the first (1 + 4 + 1) and its opening token.
    const doc = paragraphs(['a', 'Erst'], ['b', 'Alle Eltern lernen'])
    const located = locateChanges(doc, model(block('b', [unchanged('Alle '), deleted('Kinder ', 'd1'), inserted('Eltern ', 'i1'), unchanged('lernen')])), () => true)
    const start = 1 + 'Erst'.length + 1 + 1
    expect(located.map(({ changeId, status, text, from, to }) => ({ changeId, status, text, from, to }))).toEqual([
      { changeId: 'd1', status: 'deleted', text: 'Kinder ', from: start + 5, to: start + 5 },
      { changeId: 'i1', status: 'inserted', text: 'Eltern ', from: start + 5, to: start + 12 },
    ])
    expect(doc.textBetween(located[1]!.from, located[1]!.to)).toBe('Eltern ')
    expect(located[1]!.author).toEqual(author)
  })

  it('leaves out decided changes and a block whose text has changed since the comparison', () => {
    const doc = paragraphs(['a', 'Alle Eltern lernen'], ['b', 'Neu getippt'])
    const located = locateChanges(
      doc,
      model(block('a', [unchanged('Alle '), inserted('Eltern ', 'i1'), deleted('Kinder ', 'd1'), unchanged('lernen')]), block('b', [inserted('Neu', 'i2')])),
      (changeId) => changeId !== 'i1',
    )
    expect(located.map((change) => change.changeId)).toEqual(['d1'])
  })

  it('marks the whole text of an inserted block as its insertion, and places nothing for a deleted block or an unknown id', () => {
    const doc = paragraphs(['a', 'Ganz neu'])
    const located = locateChanges(
      doc,
      model(block('a', [unchanged('Ganz neu')], 'inserted', { changeId: 'b1', author }), block('gone', [unchanged('Weg')], 'deleted', { changeId: 'b2', author }), block('elsewhere', [inserted('x', 'i9')])),
      () => true,
    )
    expect(located.map(({ changeId, status, from, to }) => ({ changeId, status, from, to }))).toEqual([{ changeId: 'b1', status: 'inserted', from: 1, to: 9 }])
  })
})
