import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChange } from '../../../shared/changes/revertChange'
import { CONTENT_FRAGMENT, NodeName } from '../../../shared/schema/nodeNames'
import { inspectConceptContent } from '../../../shared/schema/validation/inspectConceptContent'
import { removeInvalidContent } from '../../../shared/schema/validation/removeInvalidContent'
import { yDocToConceptNode } from '../../../shared/yjs/conceptConversions'
import { createRecordedHistory } from '../../utils/createRecordedHistory'
import { findNode } from '../../utils/findNode'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { invalidContentKinds, invalidText, writeInvalidContent } from '../../utils/writeInvalidContent'

const users = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  altversion: { name: 'Alte Version', department: 'Unbekannt' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
}

type History = ReturnType<typeof createRecordedHistory>

function compare(history: History, from: Y.Snapshot, to: Y.Snapshot = Y.snapshot(history.hub)): ChangeModel {
  return computeChangeModel({
    ydoc: history.hub,
    from: { snapshot: from, label: { id: 'a', label: 'Beschlussempfehlung' } },
    to: { snapshot: to, label: { id: 'draft', label: 'Entwurf' } },
    attributions: history.index(users),
  })
}

/** The text run of a textblock whose text is exactly `text`, as a Y.XmlText. */
function textOf(ydoc: Y.Doc, text: string): Y.XmlText {
  const pending: Y.XmlElement[] = (ydoc.getXmlFragment(CONTENT_FRAGMENT).toArray() as Y.XmlElement[]).filter((child) => child instanceof Y.XmlElement)
  for (let element = pending.pop(); element; element = pending.pop()) {
    const children = element.toArray()
    const found = children.find((child): child is Y.XmlText => child instanceof Y.XmlText && plainText(child) === text)
    if (found) return found
    pending.push(...children.filter((child): child is Y.XmlElement => child instanceof Y.XmlElement))
  }
  throw new Error(`no text "${text}"`)
}

function plainText(text: Y.XmlText): string {
  return (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('')
}

const inspect = (ydoc: Y.Doc) => inspectConceptContent(ydoc.getXmlFragment(CONTENT_FRAGMENT))

describe('the change model where an older version holds content the schema does not allow', () => {
  it.each(invalidContentKinds)('with %s: leaves it out of every comparison, and rejecting all changes does not bring it back', (kind) => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    const clean = Y.snapshot(history.hub)
    history.hub.transact(() => writeInvalidContent(history.hub, kind), 'altversion')
    const withInvalidContent = Y.snapshot(history.hub)
    history.hub.transact(() => removeInvalidContent(history.hub, inspect(history.hub)), 'system')
    history.hub.transact(() => {
      const kitas = textOf(history.hub, 'Kitas')
      kitas.insert(kitas.length, ' und Horte')
    }, 'jugend')

    // The older version read as every reader reads it: an overwritten Maßnahme's attributes fall back to their
    // defaults, the part of a deeply nested branch above the cut is there.
    const beforeRepair = compare(history, clean, withInvalidContent).changes.map((change) => `${change.kind}: ${change.summary}`)
    if (kind === 'attributes of the wrong type') expect(beforeRepair).toEqual(['attribute: Kürzel: S1 → –', 'attribute: Zeitraum: 2025–2026 → –', 'attribute: Status: geplant → –'])
    else if (kind === 'deep nesting') expect(beforeRepair).toEqual([expect.stringMatching(/^insertion: Ebene 1 · Ebene 2 · Ebene 3/)])
    else expect(beforeRepair).toEqual([])
    const model = compare(history, withInvalidContent)
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.name])).toEqual([['insertion', 'und Horte', 'Jana Krüger']])
    expect(JSON.stringify(model)).not.toContain(invalidText)

    history.hub.transact(() => {
      const context = createRevertContext(history.hub, withInvalidContent)
      for (const change of model.changes) revertChange(history.hub, change, context)
    }, 'zuwanderung')
    expect(inspect(history.hub).problems).toEqual([])
    expect(yDocToConceptNode(history.hub).textContent).not.toContain(' und Horte')
  })

  it('rejecting a new Maßnahme code restores the default, not the value of the wrong type the older version held', () => {
    const history = createRecordedHistory(smallConceptJson, 'zuwanderung')
    history.hub.transact(() => writeInvalidContent(history.hub, 'attributes of the wrong type'), 'altversion')
    const fassung = Y.snapshot(history.hub)
    history.hub.transact(() => removeInvalidContent(history.hub, inspect(history.hub)), 'system')
    const massnahme = () => findNode(yDocToConceptNode(history.hub), (node) => node.type.name === NodeName.massnahme).node
    history.hub.transact(() => {
      const element = (history.hub.getXmlFragment(CONTENT_FRAGMENT).get(2) as Y.XmlElement).get(1) as Y.XmlElement
      element.setAttribute('code', 'S2')
    }, 'jugend')
    expect(massnahme().attrs['code']).toBe('S2')

    const model = compare(history, fassung)
    expect(model.changes.map((change) => [change.kind, change.summary, change.author?.name])).toEqual([['attribute', 'Kürzel: – → S2', 'Jana Krüger']])
    history.hub.transact(() => revertChange(history.hub, model.changes[0]!, createRevertContext(history.hub, fassung)), 'zuwanderung')
    expect(inspect(history.hub).problems).toEqual([])
    expect(massnahme().attrs['code']).toBe('')
  })
})
