import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { buildSynopseRows } from '../../../shared/changes/buildSynopseRows'
import type { ChangeBlock, ChangeModel, ChangeRun } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { NodeName } from '../../../shared/schema/nodeNames'
import { createHeadlessEditor } from '../../utils/createHeadlessEditor'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  gleichstellung: { name: 'Gesa Hansen', department: 'Gleichstellungsbeauftragte' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

type History = ReturnType<typeof createRecordedHistory>

function compare(history: History, from: Y.Snapshot, decided?: Parameters<typeof computeChangeModel>[0]['decided']): ChangeModel {
  return computeChangeModel({
    ydoc: history.hub,
    from: { snapshot: from, label: { id: 'fassung', label: 'AFS' } },
    to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
    attributions: history.index(users),
    decided,
  })
}

function allRuns(blocks: readonly ChangeBlock[]): ChangeRun[] {
  return blocks.flatMap((block) => [...block.runs, ...allRuns(block.children)])
}

const appendTo = (needle: string, text: string) => (tr: Transaction) => {
  const target = findTextblock(tr.doc, needle)
  tr.insertText(text, target.position + 1 + target.node.content.size)
}

const teilzielText = (node: ProseMirrorNode) => node.type.name === NodeName.teilziel

describe('issue 10: the change record is exact', () => {
  it('item 1: text the same session types on after a Fassung is an insertion, though Yjs merges it into one item with the older text', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const writer = history.client('zuwanderung')
    writer.editor.edit(appendTo('Die Betreuung ist sichergestellt.', ' Für alle Kinder.'))
    writer.push()
    const fassung = Y.snapshot(history.hub)
    writer.editor.edit(appendTo('Für alle Kinder.', ' Sofortprogramm'))
    writer.push()

    const model = compare(history, fassung)
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.name])).toEqual([['insertion', 'Sofortprogramm', 'Said Najj']])
    const runs = allRuns(model.blocks).filter((run) => run.text.includes('Kinder.') || run.text.includes('Sofort'))
    expect(runs.map((run) => [run.status, run.text])).toEqual([
      ['unchanged', 'Die Betreuung ist sichergestellt. Für alle Kinder.'],
      ['inserted', ' Sofortprogramm'],
    ])
  })

  it('item 2: adjacent deletions by two departments are two changes, each credited to its deleter', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const zuwanderung = history.client('zuwanderung')
    zuwanderung.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Kinder mit Migrationshintergrund')
      tr.delete(target.textStart, target.textStart + 'Kinder '.length)
    })
    zuwanderung.push()
    const gleichstellung = history.client('gleichstellung')
    gleichstellung.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'mit Migrationshintergrund')
      tr.delete(target.textStart, target.textStart + 'mit '.length)
    })
    gleichstellung.push()

    const deletions = compare(history, fassung).changes.filter((change) => change.kind === 'deletion')
    expect(deletions.map((change) => [change.summary, change.author?.department])).toEqual([
      ['Kinder', 'Fachdienst Zuwanderung'],
      ['mit', 'Gleichstellungsbeauftragte'],
    ])
    expect(new Set(deletions.map((change) => change.id)).size).toBe(2)
  })

  it('item 3: two Teilziele swapped inside one Handlungsfeld are a reorder; the Synopse’s left column keeps the older order', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('gleichstellung')
    editor.editor.edit((tr) => {
      const second = findNode(tr.doc, teilzielText, 1)
      const first = findNode(tr.doc, teilzielText, 0)
      tr.delete(second.position, second.position + second.node.nodeSize)
      tr.insert(first.position, second.node)
    })
    editor.push()

    const model = compare(history, fassung)
    // Whichever of the two the binding re-created is the one that changed place; nothing else changed.
    expect(model.changes.map((change) => [change.kind, change.author?.department, change.location.sectionNumber])).toEqual([['reorder', 'Gleichstellungsbeauftragte', '1.1']])
    const goals = (cell: 'left' | 'right') =>
      buildSynopseRows(model)
        .filter((row) => (row[cell]?.type ?? '') === NodeName.teilziel)
        .map((row) => row[cell]!.lines[0]!.runs.map((run) => run.text).join(''))
    expect(goals('left')).toEqual(['Die Betreuung ist sichergestellt.', 'Die Sprachförderung ist sichergestellt.'])
    expect(goals('right')).toEqual(['Die Sprachförderung ist sichergestellt.', 'Die Betreuung ist sichergestellt.'])
  })

  it('item 4: a mark added to unchanged text is a format change; the Synopse shows each version’s marks', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Kinder mit Migrationshintergrund')
      tr.addMark(target.textStart, target.textStart + 'Kinder'.length, tr.doc.type.schema.marks['bold']!.create())
    })
    editor.push()

    const model = compare(history, fassung)
    expect(model.changes.map((change) => [change.kind, change.summary, change.format, change.author?.name])).toEqual([['format', 'Kinder', { mark: 'bold', change: 'added', value: {} }, 'Said Najj']])
    const row = buildSynopseRows(model).find((candidate) => candidate.changed && candidate.right?.lines.some((line) => line.runs.some((run) => run.text === 'Kinder')))!
    const kinder = (cell: 'left' | 'right') => row[cell]!.lines.flatMap((line) => line.runs).find((run) => run.text === 'Kinder')!
    expect(kinder('left').marks).toEqual({})
    expect(kinder('right').marks).toEqual({ bold: {} })
  })

  it('item 6: a moved and edited Teilziel lists the move and the edit as separate changes', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('gleichstellung')
    editor.editor.edit((tr) => {
      const moved = findNode(tr.doc, teilzielText, 1)
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const target = findNode(tr.doc, (node) => node.type.name === NodeName.massnahme)
      tr.insert(target.position, moved.node)
    })
    editor.push()
    const writer = history.client('zuwanderung')
    writer.editor.edit(appendTo('Die Sprachförderung ist sichergestellt.', ' Bis 2026.'))
    writer.push()

    const model = compare(history, fassung)
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.department])).toEqual([
      ['move', 'verschoben: 1.1 Bildung → 1.2 Arbeit', 'Gleichstellungsbeauftragte'],
      ['insertion', 'Bis 2026.', 'Fachdienst Zuwanderung'],
    ])
  })

  it('item 7: emptying a middle bullet and pressing Backspace twice changes only that bullet; the untouched next one is not deleted and inserted again', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const setup = history.client('jugend')
    setup.editor.edit((tr) => {
      const item = findNode(tr.doc, (node) => node.type.name === NodeName.listItem)
      const schema = tr.doc.type.schema
      const listItem = (text: string) => schema.nodes[NodeName.listItem]!.create(null, schema.nodes[NodeName.paragraph]!.create(null, schema.text(text)))
      tr.insert(item.position + item.node.nodeSize, [listItem('Zweiter Punkt'), listItem('Kooperation mit dem BAMF')])
    })
    setup.push()
    const fassung = Y.snapshot(history.hub)
    const writer = history.client('zuwanderung')
    const editor = createHeadlessEditor(writer.ydoc)
    const inMiddleBullet = (doc: ProseMirrorNode) => TextSelection.create(doc, findNode(doc, (node) => node.type.name === NodeName.listItem, 1).position + 2)
    editor.act((tiptap) => tiptap.commands.deleteRange({ from: tiptap.state.selection.from, to: tiptap.state.selection.from + 'Zweiter Punkt'.length }), inMiddleBullet)
    editor.act(() => editor.pressKey('Backspace'), inMiddleBullet)
    editor.act(
      () => editor.pressKey('Backspace'),
      (doc) => {
        const empty = findNode(doc, (node) => node.type.name === NodeName.paragraph && node.content.size === 0)
        return TextSelection.create(doc, empty.position + 1)
      },
    )
    editor.destroy()
    writer.push()

    const model = compare(history, fassung)
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.name])).toEqual([['deletion', 'Zweiter Punkt', 'Said Najj']])
    const bamf = allRuns(model.blocks).filter((run) => run.text.includes('BAMF'))
    expect(bamf.map((run) => run.status)).toEqual(['unchanged'])
    const rows = buildSynopseRows(model).filter((row) => row.left?.lines[0]?.kind === 'listItem' || row.right?.lines[0]?.kind === 'listItem')
    expect(rows.every((row) => [row.left, row.right].some((cell) => cell?.lines.some((line) => line.runs.some((run) => run.text.trim() !== ''))))).toBe(true)
  })

  it('item 9: every change carries the section number and a label of its block', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const editor = history.client('zuwanderung')
    editor.editor.edit(appendTo('Fachgruppe Integration', ' und Schulamt'))
    editor.editor.edit((tr) => tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S2'))
    editor.push()

    expect(compare(history, fassung).changes.map((change) => [change.kind, change.location])).toEqual([
      ['insertion', { sectionNumber: '1.1', blockLabel: 'Teilziel 2 · Verantwortliche' }],
      ['attribute', { sectionNumber: '1.2', blockLabel: 'Maßnahme S2' }],
    ])
  })

  it('item 5 (model): a change keeps its id while its author types on next to it; with the decision’s items given, the new text is a change of its own', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const fassung = Y.snapshot(history.hub)
    const writer = history.client('jugend')
    writer.editor.edit(appendTo('Die Betreuung ist sichergestellt.', ' Sofortprogramm'))
    writer.push()
    const [accepted] = compare(history, fassung).changes
    writer.editor.edit(appendTo('Sofortprogramm', ' für Kitas'))
    writer.push()

    const later = compare(history, fassung, [accepted!.ranges])
    expect(later.changes.map((change) => [change.id === accepted!.id, change.summary])).toEqual([
      [true, 'Sofortprogramm'],
      [false, 'für Kitas'],
    ])
    expect(later.changes[0]!.ranges).toEqual(accepted!.ranges)
  })
})
