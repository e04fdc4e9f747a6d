import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { describeOutlineDifference } from '../../utils/describeOutlineDifference'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

/** The position `offset` characters into the n-th textblock (0-based) that holds `text`. */
function positionIn(doc: ProseMirrorNode, text: string, occurrence: number, offset: number): number {
  const found: number[] = []
  doc.descendants((node, position) => {
    if (node.isTextblock && node.textContent.includes(text)) found.push(position + 1 + node.textContent.indexOf(text))
    return !node.isTextblock
  })
  return found[occurrence]! + offset
}

describe('rejecting the deletion of a block whose element the binding kept for another block', () => {
  it('a selection deleted from the first Teilziel’s Aktivitäten into the second’s Zielgruppe (the first Teilziel’s Verantwortliche element now holds the second’s): rejecting all brings back every field of both as they stood', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = yDocToConceptJson(history.hub)
    const fassung = Y.snapshot(history.hub)
    const jugend = history.client('jugend')
    jugend.editor.edit((tr) => {
      tr.setSelection(TextSelection.create(tr.doc, positionIn(tr.doc, 'Kita-Leitungstreffen', 0, 3), positionIn(tr.doc, 'Kinder mit', 1, 4)))
      tr.deleteSelection()
    })
    jugend.push()
    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })
    const copy = new Y.Doc({ gc: false })
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(history.hub))
    copy.transact(() => revertChanges(copy, model.changes, createRevertContext(copy, fassung)))
    expect(describeOutlineDifference(older, yDocToConceptJson(copy))).toBe('')
  })
})
