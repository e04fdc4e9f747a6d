import type { Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeBlock, ChangeModel } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findTextblock } from '../../utils/findTextblock'
import { runLedgerSimulation, type LedgerOperation } from '../../utils/ledger/runLedgerSimulation'
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

function blockWith(blocks: readonly ChangeBlock[], text: string): ChangeBlock | undefined {
  for (const block of blocks) {
    if (block.runs.some((run) => run.text.includes(text))) return block
    const found = blockWith(block.children, text)
    if (found) return found
  }
  return undefined
}

const deleteText = (text: string) => (tr: Transaction) => {
  const target = findTextblock(tr.doc, text)
  tr.delete(target.textStart, target.textStart + text.length)
}

describe('restored text paired by where it stands', () => {
  it('a rejected deletion next to another deletion: the restored „n“ is the one that stood there, not the same letter before the other deletion, so rejecting all gives the older text', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = JSON.stringify(yDocToConceptJson(history.hub))
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit(deleteText('ng von Trägern.'))
    jugend.push()
    const kita = history.client('kita')
    kita.editor.edit(deleteText('nterstützu'))
    kita.push()
    const [restored] = compare(history, fassung).changes.filter((change) => change.summary === 'ng von Trägern.')
    history.hub.transact(() => revertChanges(history.hub, [restored!], createRevertContext(history.hub, fassung)), 'zuwanderung')

    const model = compare(history, fassung)
    const runs = blockWith(model.blocks, 'Beratung')!.runs
    expect(runs.map((run) => [run.status, run.text, run.author?.name])).toEqual([
      ['unchanged', 'Beratung und U', undefined],
      ['deleted', 'nterstützu', 'Tom Berg'],
      ['unchanged', 'ng von Trägern.', undefined],
    ])
    const copy = new Y.Doc({ gc: false })
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(history.hub))
    copy.transact(() => revertChanges(copy, model.changes, createRevertContext(copy, fassung)))
    expect(JSON.stringify(yDocToConceptJson(copy))).toBe(older)
  })

  it('text the binding carried back into its block by a split and a join stays unchanged, though other deleted text stands between its old and its new items', () => {
    const operations: LedgerOperation[] = [
      { kind: 'enter', who: 0.17822272516787052, a: 0.6454289881512523, b: 0.14342051139101386, c: 0.2874265811406076 },
      { kind: 'enter', who: 0.3088138736784458, a: 0.5258132880553603, b: 0.7313285320997238, c: 0.3973965458571911 },
      { kind: 'enter', who: 0.4884175509214401, a: 0.4980757504235953, b: 0.3927713942248374, c: 0.4460405679419637 },
      { kind: 'deleteAtEnd', who: 0.11403489834628999, a: 0.4761985018849373, b: 0.9035604353994131, c: 0.49304105271585286 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })
})
