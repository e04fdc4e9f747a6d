import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { NodeName } from '../../../shared/schema/nodeNames'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

function massnahmen(blocks: readonly ChangeBlock[]): ChangeBlock[] {
  return blocks.flatMap((block) => [...(block.type === NodeName.massnahme ? [block] : []), ...massnahmen(block.children)])
}

describe('attribute values of merged map entries', () => {
  it('a long-lived session that set the Kürzel twice before a Fassung and once after: the older value is the one the Fassung had, though Yjs merged the two overwritten entries into one item', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const writer = history.client('zuwanderung')
    const setCode = (code: string) => writer.editor.edit((tr) => tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', code))
    setCode('S8')
    writer.push()
    setCode('S9')
    writer.push()
    const fassung = Y.snapshot(history.hub)
    setCode('S6')
    writer.push()

    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })
    const [massnahme] = massnahmen(model.blocks)
    expect(massnahme!.attributeChanges.map((change) => [change.key, change.from, change.to, change.author?.name])).toEqual([['code', 'S9', 'S6', 'Said Najj']])
    expect(model.changes.filter((change) => change.kind === 'attribute').map((change) => change.summary)).toHaveLength(1)
  })

  it('the newer value read from a Fassung whose entry Yjs merged with a later one of the same session', () => {
    const history = createRecordedHistory(smallConceptJson, 'jugend')
    const writer = history.client('zuwanderung')
    const setCode = (code: string) => writer.editor.edit((tr) => tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', code))
    const start = Y.snapshot(history.hub)
    setCode('S9')
    writer.push()
    const fassung = Y.snapshot(history.hub)
    setCode('S6')
    writer.push()
    setCode('S7')
    writer.push()

    const model = computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: start, label: { id: 'start', label: 'Start' } },
      to: { snapshot: fassung, label: { id: 'fassung', label: 'AFS' } },
      attributions: history.index(users),
    })
    const [massnahme] = massnahmen(model.blocks)
    expect(massnahme!.attributes['code']).toBe('S9')
    expect(massnahme!.attributeChanges.map((change) => [change.key, change.from, change.to, change.author?.name])).toEqual([['code', 'S1', 'S9', 'Said Najj']])
  })
})
