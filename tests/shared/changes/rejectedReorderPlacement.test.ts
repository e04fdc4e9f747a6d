import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { NodeName } from '../../../shared/schema/nodeNames'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
  kreistag: { name: 'Büro des Kreistags', department: 'Kreistag' },
}

const isTeilziel = (goal: string) => (node: ProseMirrorNode) => node.type.name === NodeName.teilziel && node.textContent.startsWith(goal)

function goals(ydoc: Y.Doc): string[] {
  const found: string[] = []
  yDocToConceptJson(ydoc).content?.forEach(function visit(node) {
    if (node.type === NodeName.teilziel) found.push(node.content?.[0]?.content?.[0]?.content?.[0]?.text ?? '')
    node.content?.forEach(visit)
  })
  return found
}

describe('rejecting a reorder where the binding re-created the siblings', () => {
  it('a Teilziel moved behind its neighbour, the neighbour deleted and restored by a rejection: rejecting all puts both back in their older order', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = goals(history.hub)
    const fassung = Y.snapshot(history.hub)
    const kreistag = history.client('kreistag')
    kreistag.editor.edit((tr) => {
      const moved = findNode(tr.doc, isTeilziel('Die Betreuung'))
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const section = findNode(tr.doc, (node) => node.type.name === NodeName.handlungsfeld)
      tr.insert(section.position + section.node.nodeSize - 1, moved.node)
    })
    kreistag.push()
    const jugend = history.client('jugend')
    jugend.editor.edit((tr) => {
      const removed = findNode(tr.doc, isTeilziel('Die Sprachförderung'))
      tr.delete(removed.position, removed.position + removed.node.nodeSize)
    })
    jugend.push()
    const compare = () =>
      computeChangeModel({
        ydoc: history.hub,
        from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
        to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
        attributions: history.index(users),
      })
    const deletion = compare().changes.filter((change) => change.kind === 'deletion' && change.summary.startsWith('Die Sprachförderung'))
    expect(deletion).toHaveLength(1)
    // Put back where its element stood in Yjs, before the re-created neighbour (as a change without `restoreAt` is):
    // the Teilziele now read in the other order, a reorder of the neighbour.
    const withoutPlace = deletion.map((change) => ({ id: change.id, kind: change.kind, ranges: change.ranges }))
    history.hub.transact(() => revertChanges(history.hub, withoutPlace, createRevertContext(history.hub, fassung)), 'zuwanderung')
    expect(goals(history.hub)).toEqual(['Die Sprachförderung ist sichergestellt.', 'Die Betreuung ist sichergestellt.'])

    const model = compare()
    expect(model.changes.map((change) => change.kind)).toContain('reorder')
    history.hub.transact(() => revertChanges(history.hub, model.changes, createRevertContext(history.hub, fassung)), 'zuwanderung')
    expect(goals(history.hub)).toEqual(older)
  })
})
