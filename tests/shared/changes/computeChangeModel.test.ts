import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeBlock, ChangeModel, ChangeRun } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { buildSynopseRows } from '../../../shared/changes/buildSynopseRows'
import { NodeName } from '../../../shared/schema/nodeNames'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  gleichstellung: { name: 'Gesa Hansen', department: 'Gleichstellungsbeauftragte' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

const initialConcept = smallConceptJson
const find = findNode

const textContaining = (needle: string) => (node: ProseMirrorNode) => node.isTextblock && node.textContent.includes(needle)

function allRuns(blocks: readonly ChangeBlock[]): ChangeRun[] {
  return blocks.flatMap((block) => [...block.runs, ...allRuns(block.children)])
}

function compare(history: ReturnType<typeof createRecordedHistory>, from: Y.Snapshot): ChangeModel {
  return computeChangeModel({
    ydoc: history.hub,
    from: { snapshot: from, label: { id: 'a', label: 'AFS' } },
    to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
    attributions: history.index(users),
  })
}

describe('the change model on real Yjs histories', () => {
  it('marks concurrent insertions and deletions of two departments with author, department and time', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const zuwanderung = history.client('zuwanderung')
    const gleichstellung = history.client('gleichstellung')

    zuwanderung.editor.edit((tr) => {
      const goal = find(tr.doc, textContaining('Die Betreuung ist sichergestellt.'))
      tr.insertText(' Auch für Neuzugewanderte.', goal.position + 1 + goal.node.content.size)
    })
    gleichstellung.editor.edit((tr) => {
      const target = find(tr.doc, textContaining('Kinder mit Migrationshintergrund'))
      tr.delete(target.position + 1, target.position + 1 + 'Kinder mit '.length)
      tr.insertText('Mädchen und Frauen mit ', target.position + 1)
    })
    zuwanderung.push()
    gleichstellung.push()

    const model = compare(history, fassung)
    const runs = allRuns(model.blocks).filter((run) => run.status !== 'unchanged')
    // The binding writes a minimal text diff: " mit " stayed, so it is not marked.
    expect(runs.map((run) => [run.status, run.text, run.author?.department])).toEqual([
      ['inserted', ' Auch für Neuzugewanderte.', 'Fachdienst Zuwanderung'],
      ['deleted', 'Kinder', 'Gleichstellungsbeauftragte'],
      ['inserted', 'Mädchen und Frauen', 'Gleichstellungsbeauftragte'],
    ])
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.name])).toEqual([
      ['insertion', 'Auch für Neuzugewanderte.', 'Said Najj'],
      ['deletion', 'Kinder', 'Gesa Hansen'],
      ['insertion', 'Mädchen und Frauen', 'Gesa Hansen'],
    ])
    expect(model.changes[0]!.author?.at).toBe('2019-03-21T09:01:00.000Z')
    // Everything else stood in the Fassung and is unchanged, the second Teilziel included.
    const unchangedText = allRuns(model.blocks).filter((run) => run.status === 'unchanged').map((run) => run.text)
    expect(unchangedText).toContain('Die Sprachförderung ist sichergestellt.')
    expect(unchangedText).toContain(' mit Migrationshintergrund')
  })

  it('leaves out text that was added and removed again between the two versions', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit((tr) => {
      const goal = find(tr.doc, textContaining('Die Betreuung'))
      tr.insertText('VORLÄUFIG ', goal.position + 1)
    })
    editor.push()
    editor.editor.edit((tr) => {
      const goal = find(tr.doc, textContaining('VORLÄUFIG'))
      tr.delete(goal.position + 1, goal.position + 1 + 'VORLÄUFIG '.length)
    })
    editor.push()
    const model = compare(history, fassung)
    expect(model.changes).toEqual([])
    expect(allRuns(model.blocks).map((run) => run.text).join('')).not.toContain('VORLÄUFIG')
  })

  it('marks a changed attribute (a renumbered Maßnahme) with its author', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit((tr) => {
      const massnahme = find(tr.doc, (node) => node.type.name === NodeName.massnahme)
      tr.setNodeAttribute(massnahme.position, 'code', 'S2')
    })
    editor.push()
    const model = compare(history, fassung)
    expect(model.changes).toHaveLength(1)
    expect(model.changes[0]).toMatchObject({ kind: 'attribute', summary: 'Kürzel: S1 → S2', author: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' } })
  })

  it('reports a Teilziel moved to another Handlungsfeld as one move, its text unchanged', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('gleichstellung')
    editor.editor.edit((tr) => {
      const moved = find(tr.doc, (node) => node.type.name === NodeName.teilziel, 1)
      const node = moved.node
      tr.delete(moved.position, moved.position + node.nodeSize)
      const target = find(tr.doc, (candidate) => candidate.type.name === NodeName.massnahme)
      tr.insert(target.position, node)
    })
    editor.push()
    const model = compare(history, fassung)
    expect(model.changes).toHaveLength(1)
    expect(model.changes[0]).toMatchObject({ kind: 'move', summary: 'verschoben: 1.1 Bildung → 1.2 Arbeit', author: { department: 'Gleichstellungsbeauftragte' } })
    const insertedCopy = model.blocks[2]!.children.find((block) => block.type === NodeName.teilziel)!
    expect(allRuns([insertedCopy]).every((run) => run.status === 'unchanged')).toBe(true)
  })

  it('marks a deleted whole Teilziel as one deletion, with every field’s text kept for display', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit((tr) => {
      const removed = find(tr.doc, (node) => node.type.name === NodeName.teilziel, 0)
      tr.delete(removed.position, removed.position + removed.node.nodeSize)
    })
    editor.push()
    const model = compare(history, fassung)
    expect(model.changes).toHaveLength(1)
    expect(model.changes[0]).toMatchObject({ kind: 'deletion', author: { name: 'Said Najj' } })
    expect(model.changes[0]!.summary).toContain('Die Betreuung ist sichergestellt.')
    const deleted = model.blocks[1]!.children.find((block) => block.status === 'deleted')!
    expect(deleted.type).toBe(NodeName.teilziel)
    expect(allRuns([deleted]).map((run) => run.text)).toContain('Fachdienst Kinder, Jugend, Sport')
  })

  it('renumbers following Handlungsfelder when one is inserted before them', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('jugend')
    editor.editor.edit((tr) => {
      const schema = tr.doc.type.schema
      const first = find(tr.doc, (node) => node.type.name === NodeName.handlungsfeld)
      tr.insert(first.position, schema.nodes['handlungsfeld']!.create(null, [schema.nodes['handlungsfeldTitel']!.create(null, schema.text('Gesundheit'))]))
    })
    editor.push()
    const model = compare(history, fassung)
    const handlungsfelder = model.blocks.filter((block) => block.type === NodeName.handlungsfeld)
    expect(handlungsfelder.map((block) => [block.status, block.number])).toEqual([
      ['inserted', { from: null, to: '1.1' }],
      ['unchanged', { from: '1.1', to: '1.2' }],
      ['unchanged', { from: '1.2', to: '1.3' }],
    ])
    const titleRows = buildSynopseRows(model).filter((row) => (row.right ?? row.left)!.type === NodeName.handlungsfeldTitel)
    expect(titleRows.map((row) => [row.left?.number ?? null, row.right?.number ?? null])).toEqual([
      [null, '1.1'],
      ['1.1', '1.2'],
      ['1.2', '1.3'],
    ])
  })

  it('gives the Synopse’s left column the attribute values of the older version', () => {
    const history = createRecordedHistory(initialConcept, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit((tr) => tr.setNodeAttribute(find(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S2'))
    editor.push()
    const row = buildSynopseRows(compare(history, fassung)).find((candidate) => candidate.right?.type === NodeName.massnahme)!
    expect([row.left?.attributes['code'], row.right?.attributes['code'], row.changed]).toEqual(['S1', 'S2', true])
  })
})
