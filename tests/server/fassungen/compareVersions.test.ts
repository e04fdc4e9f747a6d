import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { compareVersions, type CompareJob, type VersionState } from '../../../server/fassungen/compareVersions'
import { AttributionIndex } from '../../../shared/changes/AttributionIndex'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import { describeUpdateItems } from '../../../shared/history/describeUpdateItems'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { conceptJsonToYDoc } from '../../../shared/yjs/conceptConversions'
import { smallConceptJson } from '../../utils/smallConceptJson'

const users = [
  { id: 'verwaltung', name: 'Vera Verwaltung', department: 'Fachdienst Integration' },
  { id: 'ausschuss', name: 'Karl Ausschuss', department: 'Sozialausschuss' },
]

/** The XmlTexts of a document in order. */
function texts(parent: Y.XmlFragment | Y.XmlElement, into: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) into.push(child)
    else if (child instanceof Y.XmlElement) texts(child, into)
  }
  return into
}

/** A document whose updates are recorded per user, as the server's attribution log records them. */
function recordedDocument() {
  const attributions: UpdateAttribution[] = []
  const seed = conceptJsonToYDoc(smallConceptJson)
  const ydoc = new Y.Doc({ gc: false })
  ydoc.on('update', (update: Uint8Array, origin: unknown) => attributions.push({ userId: String(origin), at: new Date(Date.UTC(2025, 2, attributions.length + 1)).toISOString(), ...describeUpdateItems(Y.decodeUpdate(update)) }))
  Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(seed), 'verwaltung')
  const edit = (userId: string, change: (fragment: Y.XmlFragment) => void, target = ydoc) => {
    const local = new Y.Doc({ gc: false })
    Y.applyUpdate(local, Y.encodeStateAsUpdate(target))
    const before = Y.encodeStateVector(local)
    change(local.getXmlFragment(CONTENT_FRAGMENT))
    Y.applyUpdate(target, Y.encodeStateAsUpdate(local, before), userId)
  }
  const freeze = (label: string, doc = ydoc): VersionState => ({ label: { id: label, label }, state: Y.encodeStateAsUpdate(doc), snapshot: Y.encodeSnapshot(Y.snapshot(doc)) })
  return { ydoc, attributions, edit, freeze }
}

/** The model as computed on one document that received the older state, then the newer one. */
function modelFromBothStates(job: CompareJob): ChangeModel {
  const ydoc = new Y.Doc({ gc: false })
  Y.applyUpdate(ydoc, job.older.state)
  Y.applyUpdate(ydoc, job.newer.state)
  const model = computeChangeModel({
    ydoc,
    from: { snapshot: Y.decodeSnapshot(job.older.snapshot), label: job.older.label },
    to: { snapshot: Y.decodeSnapshot(job.newer.snapshot), label: job.newer.label },
    attributions: new AttributionIndex(job.attributions, new Map(job.users.map((user) => [user.id, user]))),
    decided: [],
  })
  return JSON.parse(JSON.stringify(model)) as ChangeModel
}

const summaries = (model: ChangeModel, kind: string) => model.changes.filter((change) => change.kind === kind).map((change) => change.summary)

describe('compareVersions reads both versions from one document', () => {
  it('gives the model of both states applied, forwards and backwards, when the later state holds the earlier one', () => {
    const document = recordedDocument()
    const first = document.freeze('Fassung 1')
    document.edit('ausschuss', (fragment) => {
      const [title, goal] = texts(fragment)
      title!.insert(title!.length, ' (überarbeitet)')
      goal!.delete(0, 4)
    })
    const second = document.freeze('Fassung 2')
    const forwards: CompareJob = { older: first, newer: second, attributions: document.attributions, users, decided: [] }
    const backwards: CompareJob = { ...forwards, older: second, newer: first }

    const model = JSON.parse(new TextDecoder().decode(compareVersions(forwards).json)) as ChangeModel
    expect(model).toEqual(modelFromBothStates(forwards))
    expect(summaries(model, 'insertion')).toContain('(überarbeitet)')
    expect(summaries(model, 'deletion')).toContain('Bild')
    expect(JSON.parse(new TextDecoder().decode(compareVersions(backwards).json))).toEqual(modelFromBothStates(backwards))
  })

  it('applies both states where neither holds the other (two sessions that went apart after a Fassung)', () => {
    const document = recordedDocument()
    const offline = new Y.Doc({ gc: false })
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(document.ydoc))
    document.edit('ausschuss', (fragment) => texts(fragment)[0]!.insert(0, 'Neu: '))
    const online = document.freeze('online')
    document.edit('verwaltung', (fragment) => texts(fragment)[1]!.insert(0, 'Offline: '), offline)
    const apart = document.freeze('offline', offline)
    const job: CompareJob = { older: online, newer: apart, attributions: document.attributions, users, decided: [] }

    const model = JSON.parse(new TextDecoder().decode(compareVersions(job).json)) as ChangeModel
    expect(model).toEqual(modelFromBothStates(job))
    expect(summaries(model, 'insertion')).toContain('Offline:')
    expect(summaries(model, 'deletion')).toContain('Neu:')
  })
})
