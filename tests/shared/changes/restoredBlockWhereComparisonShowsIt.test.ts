import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { NodeName } from '../../../shared/schema/nodeNames'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { describeOutlineDifference } from '../../utils/describeOutlineDifference'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
  kita: { name: 'Tom Berg', department: 'Jugend und Familie' },
}

function teilziele(doc: ProseMirrorNode): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (node.type.name === NodeName.teilziel) found.push({ node, position })
    return !node.isTextblock
  })
  return found
}

/** Moves the Teilziel holding `text` behind the next one, as dragging it down does: the binding writes it anew there. */
const moveDown = (text: string) => (tr: Transaction) => {
  const list = teilziele(tr.doc)
  const index = list.findIndex((teilziel) => teilziel.node.textContent.includes(text))
  const moved = list[index]!
  const next = list[index + 1]!
  tr.delete(moved.position, moved.position + moved.node.nodeSize)
  tr.insert(moved.position + next.node.nodeSize, moved.node)
}

const deleteTeilziel = (text: string) => (tr: Transaction) => {
  const removed = teilziele(tr.doc).find((teilziel) => teilziel.node.textContent.includes(text))!
  tr.delete(removed.position, removed.position + removed.node.nodeSize)
}

describe('a rejected deletion of a block goes back where the comparison shows it', () => {
  it('one account moves the first Teilziel down, another deletes the second: rejecting all gives the older order, the deleted Teilziel second, not first', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = yDocToConceptJson(history.hub)
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit(moveDown('Die Betreuung'))
    jugend.push()
    const kita = history.client('kita')
    kita.editor.edit(deleteTeilziel('Die Sprachförderung'))
    kita.push()
    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })

    const rejectOnCopy = (kinds: readonly string[]) => {
      const copy = new Y.Doc({ gc: false })
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(history.hub))
      copy.transact(() => revertChanges(copy, model.changes.filter((change) => kinds.includes(change.kind)), createRevertContext(copy, fassung)))
      return describeOutlineDifference(older, yDocToConceptJson(copy))
    }
    // The comparison shows the moved Teilziel first, the deleted one behind it: that is where rejecting the deletion puts it.
    expect(rejectOnCopy(['deletion'])).toBe('')
    expect(rejectOnCopy(['insertion', 'deletion', 'move', 'reorder', 'attribute', 'format'])).toBe('')
  })
})
