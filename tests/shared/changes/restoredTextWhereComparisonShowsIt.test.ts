import type { Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findTextblock } from '../../utils/findTextblock'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
  kita: { name: 'Tom Berg', department: 'Jugend und Familie' },
}

type History = ReturnType<typeof createRecordedHistory>

function compare(history: History, from: Y.Snapshot): ChangeModel {
  return computeChangeModel({
    ydoc: history.hub,
    from: { snapshot: from, label: { id: 'fassung', label: 'AFS' } },
    to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
    attributions: history.index(users),
  })
}

/** Deletes `length` characters of the block holding `text`, starting `offset` characters into `text`. */
const deleteIn = (text: string, offset: number, length: number) => (tr: Transaction) => {
  const target = findTextblock(tr.doc, text)
  tr.delete(target.textStart + offset, target.textStart + offset + length)
}

function rejectAllOnCopy(history: History, fassung: Y.Snapshot): string {
  const model = compare(history, fassung)
  const copy = new Y.Doc({ gc: false })
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(history.hub))
  copy.transact(() => revertChanges(copy, model.changes, createRevertContext(copy, fassung)))
  return JSON.stringify(yDocToConceptJson(copy))
}

describe('rejected deletions put the text back where the comparison shows it', () => {
  it('text an earlier rejection put back and someone then deleted in part: rejecting all gives „Bildung“, not the deleted part behind the rest („Bngildu“)', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = JSON.stringify(yDocToConceptJson(history.hub))
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit(deleteIn('Bildung', 1, 6))
    jugend.push()
    // The rejection writes „ildung“ anew beside the deleted letters; the comparison reads it as the older text.
    const [deletion] = compare(history, fassung).changes.filter((change) => change.summary === 'ildung')
    history.hub.transact(() => revertChanges(history.hub, [deletion!], createRevertContext(history.hub, fassung)), 'zuwanderung')
    const kita = history.client('kita')
    kita.editor.edit(deleteIn('Bildung', 1, 4))
    kita.push()

    expect(rejectAllOnCopy(history, fassung)).toBe(older)
  })

  it('two neighbouring deletions at the end of a field by two people: rejecting both keeps their letters in order („…treffen“, not „…treffne“)', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = JSON.stringify(yDocToConceptJson(history.hub))
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit(deleteIn('Kita-Leitungstreffen', 18, 1))
    jugend.push()
    const kita = history.client('kita')
    kita.pull()
    kita.editor.edit(deleteIn('Kita-Leitungstreffn', 18, 1))
    kita.push()
    expect(compare(history, fassung).changes.filter((change) => change.kind === 'deletion').map((change) => [change.summary, change.author?.name])).toEqual([
      ['e', 'Jana Krüger'],
      ['n', 'Tom Berg'],
    ])

    expect(rejectAllOnCopy(history, fassung)).toBe(older)
  })
})
