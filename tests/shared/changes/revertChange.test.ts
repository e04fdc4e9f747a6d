import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../shared/changes/revertChange'
import { NodeName } from '../../../shared/schema/nodeNames'
import { yDocToConceptJson } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'
import type { SimulatedEditor } from '../../utils/createSimulatedEditor'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

/**
 * Edits as a second department, then rejects every change of the comparison in one decision (as the
 * review service does) and returns the document text before and after, and the changes left.
 */
function rejectEverything(edit: (editor: SimulatedEditor) => void) {
  const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
  const fassung = Y.snapshot(history.hub)
  const original = JSON.stringify(textOnly(yDocToConceptJson(history.hub)))
  const editor = history.client('jugend')
  edit(editor.editor)
  editor.push()
  const compare = () =>
    computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung, label: { id: 'a', label: 'AFS' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
    })
  const model = compare()
  history.hub.transact(() => revertChanges(history.hub, model.changes, createRevertContext(history.hub, fassung)))
  return { changed: model.changes.length, original, after: JSON.stringify(textOnly(yDocToConceptJson(history.hub))), left: compare().changes }
}

/** The document without block ids: a restored block may carry its id again, but its text is what counts. */
function textOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(textOnly)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'id').map(([key, value]) => [key, textOnly(value)]))
}

describe('rejecting changes', () => {
  it('removes inserted text and restores deleted text', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        const target = findNode(tr.doc, (node) => node.isTextblock && node.textContent === 'Kinder mit Migrationshintergrund')
        tr.insertText(' und ihre Eltern', target.position + 1 + target.node.content.size)
        tr.delete(target.position + 1, target.position + 1 + 'Kinder '.length)
      }),
    )
    expect(result.changed).toBe(2)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })

  it('restores two deleted Teilziele in one decision and removes an inserted Handlungsfeld', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        for (const occurrence of [1, 0]) {
          const removed = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, occurrence)
          tr.delete(removed.position, removed.position + removed.node.nodeSize)
        }
        const schema = tr.doc.type.schema
        tr.insert(tr.doc.content.size, schema.nodes['handlungsfeld']!.create(null, [schema.nodes['handlungsfeldTitel']!.create(null, schema.text('Gesundheit'))]))
      }),
    )
    expect(result.changed).toBe(3)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })

  it('sets a changed attribute back and moves a moved Teilziel back', () => {
    const result = rejectEverything((editor) =>
      editor.edit((tr) => {
        tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S2')
        const moved = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 1)
        tr.delete(moved.position, moved.position + moved.node.nodeSize)
        tr.insert(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, moved.node)
      }),
    )
    expect(result.changed).toBe(2)
    expect(result.after).toBe(result.original)
    expect(result.left).toEqual([])
  })
})
