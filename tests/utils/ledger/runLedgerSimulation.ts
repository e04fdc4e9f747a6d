import type { Editor } from '@tiptap/core'
import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type Selection } from '@tiptap/pm/state'
import * as Y from 'yjs'
import { AttributionIndex } from '../../../shared/changes/AttributionIndex'
import { computeChangeModel } from '../../../shared/changes/computeChangeModel'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { describeUpdateItems } from '../../../shared/history/describeUpdateItems'
import { intersectRanges } from '../../../shared/history/intersectRanges'
import type { UpdateAttribution } from '../../../shared/history/UpdateAttribution'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { NodeName } from '../../../shared/schema/nodeNames'
import { massnahmeStatusValues } from '../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { writeConceptJson } from '../../../shared/yjs/conceptConversions'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { inspectIncomingUpdate } from '../../../shared/yjs/inspectIncomingUpdate'
import { createHeadlessEditor, createHeadlessEditorEngine, type HeadlessEditor, type HeadlessEditorEngine } from '../createHeadlessEditor'
import { createSeededRandom } from '../createSeededRandom'
import { withSeededBlockIds } from '../withSeededBlockIds'
import { ChangeLedger, readLedgerDocument } from './ChangeLedger'
import { checkChangeModel, type LedgerVersion } from './checkChangeModel'

export const ledgerAccounts = [
  { id: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  { id: 'demir', name: 'Aylin Demir', department: 'Fachdienst Zuwanderung' },
  { id: 'hansen', name: 'Gesa Hansen', department: 'Gleichstellungsbeauftragte' },
  { id: 'krueger', name: 'Jana Krüger', department: 'Jugend und Familie' },
  { id: 'wolff', name: 'Timo Wolff', department: 'Jugend und Familie' },
  { id: 'brandt', name: 'Ole Brandt', department: 'Schulamt' },
] as const

const kinds = {
  type: 22,
  deleteInBlock: 10,
  deleteAcross: 4,
  enter: 8,
  backspaceAtStart: 8,
  deleteAtEnd: 3,
  toggleMark: 8,
  insertTeilziel: 3,
  insertMassnahme: 3,
  deleteUnit: 3,
  moveUnit: 3,
  reorderUnit: 4,
  changeAttribute: 5,
  freeze: 5,
  goOffline: 3,
  reconnect: 4,
  newSession: 3,
} as const

export type LedgerOperationKind = keyof typeof kinds

/** One step of a simulation; where it acts is given as fractions, so that a step stays meaningful when others are left out. */
export interface LedgerOperation {
  kind: LedgerOperationKind
  /** Which session (or account, for a new session) acts. */
  who: number
  a: number
  b: number
  c: number
}

/** The steps of the simulation `seed`. */
export function generateLedgerOperations(seed: number, count: number): LedgerOperation[] {
  const random = createSeededRandom(seed)
  const total = Object.values(kinds).reduce((sum, weight) => sum + weight, 0)
  const operations: LedgerOperation[] = []
  for (let index = 0; index < count; index += 1) {
    let roll = random.next() * total
    let kind: LedgerOperationKind = 'type'
    for (const [candidate, weight] of Object.entries(kinds) as [LedgerOperationKind, number][]) {
      roll -= weight
      if (roll < 0) {
        kind = candidate
        break
      }
    }
    operations.push({ kind, who: random.next(), a: random.next(), b: random.next(), c: random.next() })
  }
  return operations
}

let engine: HeadlessEditorEngine | null = null

/** One editor for every session of every run in this process: sessions act one at a time, each from its own Y.Doc. */
function sharedEngine(): HeadlessEditorEngine {
  return (engine ??= createHeadlessEditorEngine())
}

interface Session {
  userId: string
  ydoc: Y.Doc
  editor: HeadlessEditor
  online: boolean
}

interface FrozenVersion extends LedgerVersion {
  snapshot: Y.Snapshot
}

/**
 * Runs the steps through the real schema, the real editor commands and the Yjs binding, with several
 * accounts in long-lived sessions (one clientID for many edits), sessions that go offline and merge later,
 * new sessions with new clientIDs; a hub records each update as the server does (its user, the item ranges
 * the update itself carries) and the ledger what the document reads after it. Then every pair of versions
 * (Fassungen and the draft) is compared and checked against the ledger. Returns the problems found.
 */
export function runLedgerSimulation(operations: readonly LedgerOperation[], inspect?: (model: ChangeModel, hub: Y.Doc) => void): string[] {
  // Block ids seeded, so that a run replays exactly (the binding compares ids).
  return withSeededBlockIds(0x1d5, () => {
    const simulation = new LedgerSimulation()
    try {
      for (const operation of operations) simulation.apply(operation)
      return simulation.check(inspect)
    } finally {
      simulation.destroy()
    }
  })
}

class LedgerSimulation {
  private readonly hub = new Y.Doc({ gc: false })
  private readonly attributions: UpdateAttribution[] = []
  private readonly ledger = new ChangeLedger()
  private readonly sessions: Session[] = []
  private readonly versions: FrozenVersion[] = []
  private readonly retired: HeadlessEditor[] = []
  private nextCharacter = 0x4e00
  private nextClientId = 1000
  private nextCode = 1
  private pending: { inserted: UpdateAttribution['inserted']; deleted: UpdateAttribution['deleted'] } | null = null

  constructor() {
    this.hub.clientID = 1
    this.hub.on('update', (update: Uint8Array, origin: unknown) => {
      // Yjs tidies formatting in a transaction of its own (origin null): the server attributes that to nobody.
      if (typeof origin !== 'string') return
      const userId = origin
      const integrated = describeUpdateItems(Y.decodeUpdate(update))
      // As the server attributes: the update's own new items, and of its deletions those that removed something.
      const inserted = this.pending?.inserted ?? integrated.inserted
      const deleted = this.pending ? intersectRanges(integrated.deleted, this.pending.deleted) : integrated.deleted
      this.attributions.push({ userId, at: new Date(Date.UTC(2019, 2, 21, 9, 0, this.attributions.length)).toISOString(), inserted, deleted })
      this.ledger.record(this.hub, userId)
    })
    const seed = createConceptYDoc()
    seed.clientID = 2
    writeConceptJson(seed, normalizeConceptDocument(getConceptSchema().nodeFromJSON(this.initialConcept())).toJSON())
    this.receive(Y.encodeStateAsUpdate(seed), ledgerAccounts[0].id)
    seed.destroy()
    for (const account of ledgerAccounts.slice(0, 3)) this.openSession(account.id)
    this.freeze()
  }

  apply(operation: LedgerOperation) {
    const { kind } = operation
    if (kind === 'freeze') return this.freeze()
    if (kind === 'newSession') {
      const account = ledgerAccounts[Math.floor(operation.who * ledgerAccounts.length)]!
      const existing = this.sessions.findIndex((session) => session.userId === account.id)
      // A reload: what the old session had not sent goes first, then a fresh clientID carries on.
      if (existing >= 0) {
        const [old] = this.sessions.splice(existing, 1)
        this.push(old!)
        this.retired.push(old!.editor)
      }
      this.openSession(account.id)
      return
    }
    const session = this.sessions[Math.floor(operation.who * this.sessions.length)]
    if (!session) return
    if (kind === 'goOffline') {
      session.online = false
      return
    }
    if (kind === 'reconnect') {
      this.push(session)
      this.pull(session)
      session.online = true
      return
    }
    if (session.online) this.pull(session)
    this.edit(session, operation)
    if (session.online) this.push(session)
  }

  check(inspect?: (model: ChangeModel, hub: Y.Doc) => void): string[] {
    for (const session of this.sessions) {
      this.push(session)
      session.online = true
    }
    this.versions.push({ time: this.ledger.now, reading: readLedgerDocument(this.hub), snapshot: Y.snapshot(this.hub), label: 'Entwurf' })
    const attributions = new AttributionIndex(this.attributions, new Map(ledgerAccounts.map((account) => [account.id, account])))
    const problems: string[] = []
    for (let older = 0; older < this.versions.length; older += 1) {
      for (let newer = older + 1; newer < this.versions.length; newer += 1) {
        const from = this.versions[older]!
        const to = this.versions[newer]!
        let model: ChangeModel
        try {
          model = computeChangeModel({
            ydoc: this.hub,
            from: { snapshot: from.snapshot, label: { id: from.label, label: from.label } },
            to: { snapshot: to.snapshot, label: { id: to.label, label: to.label } },
            attributions,
          })
        } catch (error) {
          problems.push(`${from.label} → ${to.label}: the model throws ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
          continue
        }
        inspect?.(model, this.hub)
        problems.push(...checkChangeModel(model, from, to, this.ledger))
      }
    }
    return problems
  }

  destroy() {
    for (const session of this.sessions) session.editor.destroy()
    for (const editor of this.retired) editor.destroy()
  }

  private freeze() {
    this.versions.push({ time: this.ledger.now, reading: readLedgerDocument(this.hub), snapshot: Y.snapshot(this.hub), label: `Fassung ${this.versions.length + 1}` })
  }

  private openSession(userId: string) {
    const ydoc = new Y.Doc({ gc: false })
    ydoc.clientID = this.nextClientId++
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(this.hub))
    this.sessions.push({ userId, ydoc, editor: createHeadlessEditor(ydoc, sharedEngine()), online: true })
  }

  private receive(update: Uint8Array, userId: string) {
    const inspection = inspectIncomingUpdate(this.hub, Y.decodeUpdate(update))
    if (inspection.status !== 'complete') throw new Error(`the hub cannot take an update of ${userId}: ${inspection.detail}`)
    this.pending = inspection
    try {
      Y.applyUpdate(this.hub, update, userId)
    } finally {
      this.pending = null
    }
  }

  private push(session: Session) {
    const update = Y.encodeStateAsUpdate(session.ydoc, Y.encodeStateVector(this.hub))
    const decoded = Y.decodeUpdate(update)
    if (decoded.structs.length === 0 && decoded.ds.clients.size === 0) return
    this.receive(update, session.userId)
  }

  private pull(session: Session) {
    Y.applyUpdate(session.ydoc, Y.encodeStateAsUpdate(this.hub, Y.encodeStateVector(session.ydoc)))
  }

  private characters(count: number): string {
    let text = ''
    for (let index = 0; index < count; index += 1) text += String.fromCharCode(this.nextCharacter++)
    return text
  }

  private edit(session: Session, operation: LedgerOperation) {
    const { editor } = session
    const { a, b, c } = operation
    const at = (select: (doc: ProseMirrorNode) => Selection | null, action: (tiptap: Editor) => void) => {
      if (!select(editor.read())) return
      editor.act(action, (doc) => select(doc)!)
    }
    switch (operation.kind) {
      case 'type': {
        const text = this.characters(1 + Math.floor(c * 5))
        at(
          (doc) => caret(doc, a, b),
          (tiptap) =>
            tiptap.commands.command(({ tr }) => {
              tr.insertText(text)
              return true
            }),
        )
        return
      }
      case 'deleteInBlock':
        at(
          (doc) => rangeInBlock(doc, a, b, c),
          (tiptap) => tiptap.commands.deleteSelection(),
        )
        return
      case 'deleteAcross':
        at(
          (doc) => {
            const positions = [Math.floor(a * doc.content.size), Math.floor(b * doc.content.size)].sort((x, y) => x - y)
            return TextSelection.between(doc.resolve(positions[0]!), doc.resolve(positions[1]!))
          },
          () => editor.pressKey('Backspace'),
        )
        return
      case 'enter':
        at(
          (doc) => caret(doc, a, b),
          () => editor.pressKey('Enter'),
        )
        return
      case 'backspaceAtStart':
        at(
          (doc) => caret(doc, a, 0),
          () => editor.pressKey('Backspace'),
        )
        return
      case 'deleteAtEnd':
        at(
          (doc) => caret(doc, a, 1),
          () => editor.pressKey('Delete'),
        )
        return
      case 'toggleMark': {
        const mark = (['bold', 'italic', 'underline'] as const)[Math.floor(c * 3)]!
        at(
          (doc) => rangeInBlock(doc, a, b, (b + 0.3) % 1),
          (tiptap) => tiptap.commands.toggleMark(mark),
        )
        return
      }
      case 'insertTeilziel':
        at(
          (doc) => caret(doc, a, b),
          (tiptap) => tiptap.commands.insertTeilziel(),
        )
        return
      case 'insertMassnahme': {
        const code = `M${this.nextCode++}`
        at(
          (doc) => caret(doc, a, b),
          (tiptap) => tiptap.commands.insertMassnahme({ code }),
        )
        return
      }
      case 'deleteUnit':
        at(
          (doc) => caret(doc, 0, 0),
          (tiptap) =>
            tiptap.commands.command(({ tr }) => {
              const unit = pickUnit(tr.doc, a)
              if (!unit) return false
              tr.delete(unit.position, unit.position + unit.node.nodeSize)
              return true
            }),
        )
        return
      case 'moveUnit':
        at(
          (doc) => caret(doc, 0, 0),
          (tiptap) =>
            tiptap.commands.command(({ tr }) => {
              const unit = pickUnit(tr.doc, a)
              const sections = nodesOfType(tr.doc, NodeName.handlungsfeld)
              const target = sections[Math.floor(b * sections.length)]
              if (!unit || !target || (unit.position > target.position && unit.position < target.position + target.node.nodeSize)) return false
              tr.delete(unit.position, unit.position + unit.node.nodeSize)
              const end = tr.mapping.map(target.position + target.node.nodeSize - 1)
              tr.insert(end, unit.node)
              return true
            }),
        )
        return
      case 'reorderUnit':
        at(
          (doc) => caret(doc, 0, 0),
          (tiptap) =>
            tiptap.commands.command(({ tr }) => {
              const unit = pickUnit(tr.doc, a)
              if (!unit) return false
              const $unit = tr.doc.resolve(unit.position)
              const index = $unit.index()
              if (index + 1 >= $unit.parent.childCount) return false
              const next = $unit.parent.child(index + 1)
              tr.delete(unit.position, unit.position + unit.node.nodeSize)
              tr.insert(unit.position + next.nodeSize, unit.node)
              return true
            }),
        )
        return
      case 'changeAttribute': {
        const key = (['code', 'zeitraum', 'status'] as const)[Math.floor(c * 3)]!
        const value = key === 'code' ? `M${this.nextCode++}` : key === 'status' ? massnahmeStatusValues[Math.floor(b * massnahmeStatusValues.length)]! : `20${25 + Math.floor(b * 5)}`
        at(
          (doc) => caret(doc, 0, 0),
          (tiptap) => {
            const massnahmen = nodesOfType(tiptap.state.doc, NodeName.massnahme)
            const target = massnahmen[Math.floor(a * massnahmen.length)]
            if (target) tiptap.commands.updateMassnahme(target.position, { [key]: value })
          },
        )
        return
      }
      default:
        return
    }
  }

  private initialConcept(): JSONContent {
    const text = (count: number) => [{ type: 'text', text: this.characters(count) }]
    const paragraph = (count: number): JSONContent => ({ type: NodeName.paragraph, content: text(count) })
    const field = (type: string, count: number): JSONContent => ({ type, content: [paragraph(count)] })
    const list = (...counts: number[]): JSONContent => ({ type: NodeName.bulletList, content: counts.map((count) => ({ type: NodeName.listItem, content: [paragraph(count)] })) })
    const teilziel = (): JSONContent => ({
      type: NodeName.teilziel,
      content: [
        field(NodeName.teilzielZiel, 5),
        field(NodeName.teilzielAufgaben, 6),
        field(NodeName.teilzielZielgruppe, 4),
        { type: NodeName.teilzielAktivitaeten, content: [list(4, 3, 4)] },
        field(NodeName.teilzielVerantwortliche, 3),
      ],
    })
    return {
      type: 'doc',
      content: [
        { type: NodeName.heading, attrs: { level: 1 }, content: text(3) },
        paragraph(8),
        {
          type: NodeName.handlungsfeld,
          content: [{ type: NodeName.handlungsfeldTitel, content: text(4) }, { type: NodeName.oberziel, content: [paragraph(6)] }, teilziel(), teilziel()],
        },
        {
          type: NodeName.handlungsfeld,
          content: [
            { type: NodeName.handlungsfeldTitel, content: text(4) },
            { type: NodeName.massnahme, attrs: { code: 'S1', zeitraum: '2025', status: 'geplant' }, content: [field(NodeName.massnahmeText, 6), field(NodeName.massnahmeVerantwortliche, 3)] },
            teilziel(),
            paragraph(5),
          ],
        },
        list(3, 3),
      ],
    }
  }
}

function textblocks(doc: ProseMirrorNode): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (node.isTextblock) {
      found.push({ node, position })
      return false
    }
    return true
  })
  return found
}

function nodesOfType(doc: ProseMirrorNode, ...types: string[]): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (types.includes(node.type.name)) found.push({ node, position })
    return !node.isTextblock
  })
  return found
}

function pickUnit(doc: ProseMirrorNode, fraction: number) {
  const units = nodesOfType(doc, NodeName.teilziel, NodeName.massnahme)
  return units[Math.floor(fraction * units.length)]
}

function caret(doc: ProseMirrorNode, blockFraction: number, offsetFraction: number): Selection | null {
  const blocks = textblocks(doc)
  const block = blocks[Math.floor(blockFraction * blocks.length)]
  if (!block) return null
  return TextSelection.create(doc, block.position + 1 + Math.round(offsetFraction * block.node.content.size))
}

function rangeInBlock(doc: ProseMirrorNode, blockFraction: number, startFraction: number, endFraction: number): Selection | null {
  const blocks = textblocks(doc)
  const block = blocks[Math.floor(blockFraction * blocks.length)]
  if (!block || block.node.content.size === 0) return null
  const [start, end] = [Math.round(startFraction * block.node.content.size), Math.round(endFraction * block.node.content.size)].sort((x, y) => x - y)
  if (start === end) return null
  return TextSelection.create(doc, block.position + 1 + start!, block.position + 1 + end!)
}
