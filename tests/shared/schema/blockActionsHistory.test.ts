import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { deleteBlock } from '../../../shared/schema/commands/deleteBlock'
import { duplicateBlock } from '../../../shared/schema/commands/duplicateBlock'
import { findBlockStepTarget } from '../../../shared/schema/commands/findBlockStepTarget'
import { findHandlungsfeldTarget } from '../../../shared/schema/commands/findHandlungsfeldTarget'
import { moveBlock } from '../../../shared/schema/commands/moveBlock'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { NodeName } from '../../../shared/schema/nodeNames'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { writeConceptJson, yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { createYjsBoundEditor, type YjsBoundEditor } from '../../utils/createYjsBoundEditor'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

const teilziel = (doc: ProseMirrorNode, goal: string) => findNode(doc, (node) => node.type.name === NodeName.teilziel && node.textContent.startsWith(goal))
const handlungsfeld = (doc: ProseMirrorNode, title: string) => findNode(doc, (node) => node.type.name === NodeName.handlungsfeld && node.firstChild?.textContent === title)

function createConceptDoc(): Y.Doc {
  const ydoc = createConceptYDoc()
  writeConceptJson(ydoc, normalizeConceptDocument(getConceptSchema().nodeFromJSON(smallConceptJson)).toJSON())
  return ydoc
}

function dispatchAction(bound: YjsBoundEditor, build: (tr: Transaction) => unknown): void {
  const tr = bound.editor.state.tr
  expect(build(tr)).not.toBeNull()
  bound.editor.view.dispatch(tr)
  bound.stopCapturing()
}

describe('block actions through the Yjs binding', () => {
  let bound: YjsBoundEditor | undefined
  afterEach(() => bound?.destroy())

  it('undo restores a move, a move into another Handlungsfeld, a duplicate and a deletion exactly, redo repeats them', () => {
    const ydoc = createConceptDoc()
    bound = createYjsBoundEditor(ydoc)
    const { editor, undoManager } = bound
    const snapshots = [yDocToConceptJson(ydoc)]
    dispatchAction(bound, (tr) => {
      const second = teilziel(tr.doc, 'Die Sprachförderung')
      return moveBlock(tr, second.position, findBlockStepTarget(tr.doc, second.position, 'up')!)
    })
    snapshots.push(yDocToConceptJson(ydoc))
    dispatchAction(bound, (tr) => {
      const first = teilziel(tr.doc, 'Die Betreuung')
      return moveBlock(tr, first.position, findHandlungsfeldTarget(tr.doc, first.position, handlungsfeld(tr.doc, 'Arbeit').position)!)
    })
    snapshots.push(yDocToConceptJson(ydoc))
    dispatchAction(bound, (tr) => duplicateBlock(tr, teilziel(tr.doc, 'Die Sprachförderung').position))
    snapshots.push(yDocToConceptJson(ydoc))
    dispatchAction(bound, (tr) => (deleteBlock(tr, handlungsfeld(tr.doc, 'Bildung').position) ? true : null))
    snapshots.push(yDocToConceptJson(ydoc))
    expect(new Set(snapshots.map((snapshot) => JSON.stringify(snapshot))).size).toBe(snapshots.length)
    expect(editor.state.doc.toJSON()).toEqual(snapshots[snapshots.length - 1])

    for (let step = snapshots.length - 2; step >= 0; step -= 1) {
      undoManager.undo()
      expect(yDocToConceptJson(ydoc)).toEqual(snapshots[step])
      expect(editor.state.doc.toJSON()).toEqual(snapshots[step])
    }
    for (let step = 1; step < snapshots.length; step += 1) {
      undoManager.redo()
      expect(yDocToConceptJson(ydoc)).toEqual(snapshots[step])
    }
  })

  it('the change model lists a reorder and a move into another Handlungsfeld each as one placement change, with no text inserted or deleted', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit((tr) => {
      const second = teilziel(tr.doc, 'Die Sprachförderung')
      moveBlock(tr, second.position, findBlockStepTarget(tr.doc, second.position, 'up')!)
    })
    jugend.push()
    const compare = () =>
      computeChangeModel({
        ydoc: history.hub,
        from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
        to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
        attributions: history.index(users),
      })
    const reordered = compare().changes
    expect(reordered.map((change) => change.kind)).toEqual(['reorder'])
    expect(reordered[0]!.author?.name).toBe('Jana Krüger')

    jugend.editor.edit((tr) => {
      const first = teilziel(tr.doc, 'Die Betreuung')
      moveBlock(tr, first.position, findHandlungsfeldTarget(tr.doc, first.position, handlungsfeld(tr.doc, 'Arbeit').position)!)
    })
    jugend.push()
    const moved = compare().changes
    expect(moved.filter((change) => change.kind !== 'move' && change.kind !== 'reorder')).toEqual([])
    const move = moved.find((change) => change.kind === 'move')
    expect(move?.placement).toBeDefined()
    expect(move?.summary).toContain('verschoben')
    expect(move?.blockId).toBe(teilziel(history.client('zuwanderung').editor.read(), 'Die Betreuung').node.attrs['id'])
  })
})
