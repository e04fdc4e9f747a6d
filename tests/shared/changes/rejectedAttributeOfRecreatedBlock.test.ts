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

describe('rejecting an attribute change of a block the binding re-created', () => {
  it('a Maßnahme moved into another Handlungsfeld (re-created there) whose Kürzel was then changed: rejecting all gives the older Kürzel back, not none', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const older = JSON.stringify(yDocToConceptJson(history.hub))
    const fassung = Y.snapshot(history.hub)
    const kreistag = history.client('kreistag')
    kreistag.editor.edit((tr) => {
      const moved = findNode(tr.doc, (node) => node.type.name === NodeName.massnahme)
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const section = findNode(tr.doc, (node) => node.type.name === NodeName.handlungsfeld)
      tr.insert(section.position + section.node.nodeSize - 1, moved.node)
    })
    kreistag.push()
    const jugend = history.client('jugend')
    jugend.editor.edit((tr) => tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S6'))
    jugend.push()

    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })
    expect(model.changes.map((change) => change.kind).sort()).toEqual(['attribute', 'move'])
    history.hub.transact(() => revertChanges(history.hub, model.changes, createRevertContext(history.hub, fassung)), 'zuwanderung')
    expect(JSON.stringify(yDocToConceptJson(history.hub))).toBe(older)
  })
})
