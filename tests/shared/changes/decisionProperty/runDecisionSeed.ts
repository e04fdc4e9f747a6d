import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { TextSelection, type Transaction } from '@tiptap/pm/state'
import * as Y from 'yjs'
import type { ChangeEntry, ChangeModel } from '../../../../shared/changes/ChangeModel'
import { computeChangeModel } from '../../../../shared/changes/computeChangeModel'
import { createRevertContext, revertChanges } from '../../../../shared/changes/revertChange'
import { DecisionIndex } from '../../../../shared/review/DecisionIndex'
import type { ReviewDecision } from '../../../../shared/review/ReviewDecision'
import { NodeName } from '../../../../shared/schema/nodeNames'
import { yDocToConceptJson } from '../../../../shared/yjs/conceptConversions'
import { createRecordedHistory, type RecordedClient } from '../../../utils/createRecordedHistory'
import { createSeededRandom } from '../../../utils/createSeededRandom'
import { smallConceptJson } from '../../../utils/smallConceptJson'
import { describeOutlineDifference } from '../../../utils/describeOutlineDifference'
import { withSeededBlockIds } from '../../../utils/withSeededBlockIds'

/**
 * Property of decisions: editors of three departments edit a concept in long-lived sessions (one clientID
 * for many edits, sometimes a reconnect with a new one, sometimes offline for a while), a Fassung is frozen
 * at a random moment, and editors accept and reject changes at random (one change, a department's, a
 * person's, all open ones) exactly as the review service does. Checked against a ledger this test keeps
 * itself, never against the model:
 * - rejecting never throws;
 * - a decision keeps covering exactly its characters after any later edits: every change is either wholly
 *   made of characters the ledger recorded as decided or has none of them, and it counts as decided exactly
 *   in the first case (text typed next to a decided change is a change of its own, open);
 * - accepting all open changes changes nothing in the text; rejecting all changes gives exactly the older
 *   text, read from the Fassung's own snapshot.
 * Structural edits (`structural`) make the editor binding re-create blocks: deletions across blocks, moved and deleted
 * Teilziele. The test files and their environment variables: decisionProperties.test.ts.
 */
const users: Record<string, { name: string; department: string }> = {
  zuwanderung: { name: 'Said Najj', department: 'Fachdienst Zuwanderung' },
  integration: { name: 'Mira Olsen', department: 'Fachdienst Zuwanderung' },
  jugend: { name: 'Jana Krüger', department: 'Jugend und Familie' },
  kita: { name: 'Tom Berg', department: 'Jugend und Familie' },
  kreistag: { name: 'Büro des Kreistags', department: 'Kreistag' },
}
const userIds = Object.keys(users)
const words = ['Sprachförderung', 'Kita', 'und', 'Eltern', 'BAMF', 'Beratung', 'sofort', '2026', 'Integration', 'für alle']
const characterKinds = new Set<ChangeEntry['kind']>(['insertion', 'deletion', 'format'])

type Random = ReturnType<typeof createSeededRandom>
type Edit = { name: string; apply: (tr: Transaction, random: Random) => void }

function nodesWhere(doc: ProseMirrorNode, predicate: (node: ProseMirrorNode) => boolean): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  doc.descendants((node, position) => {
    if (predicate(node)) found.push({ node, position })
    return !node.isTextblock
  })
  return found
}

const textblocks = (doc: ProseMirrorNode) => nodesWhere(doc, (node) => node.isTextblock)
const randomInside = (target: { node: ProseMirrorNode; position: number }, random: Random) => target.position + 1 + random.integer(target.node.content.size + 1)

const textEdits: Edit[] = [
  {
    name: 'type',
    apply: (tr, random) => {
      const target = random.pick(textblocks(tr.doc))
      tr.insertText(` ${random.pick(words)}`, randomInside(target, random))
    },
  },
  {
    name: 'type on at the end',
    apply: (tr, random) => {
      const target = random.pick(textblocks(tr.doc))
      tr.insertText(` ${random.pick(words)}`, target.position + 1 + target.node.content.size)
    },
  },
  {
    name: 'delete in a field',
    apply: (tr, random) => {
      const target = random.pick(textblocks(tr.doc).filter((candidate) => candidate.node.content.size > 1))
      const from = target.position + 1 + random.integer(target.node.content.size - 1)
      tr.delete(from, Math.min(from + 1 + random.integer(8), target.position + 1 + target.node.content.size))
    },
  },
  {
    name: 'split a paragraph',
    apply: (tr, random) => {
      const target = random.pick(nodesWhere(tr.doc, (node) => node.type.name === NodeName.paragraph && node.content.size > 2))
      tr.split(target.position + 2 + random.integer(target.node.content.size - 1))
    },
  },  {
    name: 'mark',
    apply: (tr, random) => {
      const target = random.pick(textblocks(tr.doc).filter((candidate) => candidate.node.content.size > 1))
      const from = target.position + 1 + random.integer(target.node.content.size - 1)
      const to = Math.min(from + 1 + random.integer(12), target.position + 1 + target.node.content.size)
      const mark = tr.doc.type.schema.marks[random.pick(['bold', 'italic'])]!
      if (random.next() < 0.6) tr.addMark(from, to, mark.create())
      else tr.removeMark(from, to, mark)
    },
  },  {
    name: 'change a Maßnahme code',
    apply: (tr, random) => {
      const massnahmen = nodesWhere(tr.doc, (node) => node.type.name === NodeName.massnahme)
      if (massnahmen.length > 0) tr.setNodeAttribute(random.pick(massnahmen).position, 'code', `S${1 + random.integer(9)}`)
    },
  },]

/** Edits that make the editor binding re-create blocks: deletions across blocks, moved and deleted Teilziele. */
const structuralEdits: Edit[] = [
  {
    name: 'delete across blocks',
    apply: (tr, random) => {
      const blocks = textblocks(tr.doc)
      const first = random.integer(blocks.length - 1)
      const last = first + 1 + random.integer(Math.min(4, blocks.length - first - 1))
      tr.setSelection(TextSelection.create(tr.doc, randomInside(blocks[first]!, random), randomInside(blocks[last]!, random)))
      tr.deleteSelection()
    },
  },


  {
    name: 'move a Teilziel',
    apply: (tr, random) => {
      const teilziele = nodesWhere(tr.doc, (node) => node.type.name === NodeName.teilziel)
      const moved = random.pick(teilziele)
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const places = [...nodesWhere(tr.doc, (node) => node.type.name === NodeName.teilziel).map((target) => target.position), ...nodesWhere(tr.doc, (node) => node.type.name === NodeName.handlungsfeld).map((target) => target.position + target.node.nodeSize - 1)]
      tr.insert(random.pick(places), moved.node)
    },
  },
  {
    name: 'delete a Teilziel',
    apply: (tr, random) => {
      const teilziele = nodesWhere(tr.doc, (node) => node.type.name === NodeName.teilziel)
      if (teilziele.length < 2) return
      const removed = random.pick(teilziele)
      tr.delete(removed.position, removed.position + removed.node.nodeSize)
    },
  },

]


/** The text a character stands for in the ledger: `kind` of decision plus the item id (and mark for format changes). */
function characterKeys(change: Pick<ChangeEntry, 'kind' | 'ranges' | 'format'>): string[] {
  const scope = change.format ? `${change.kind}:${change.format.mark}:${change.format.change}` : change.kind
  return change.ranges.flatMap(([client, clock, length]) => Array.from({ length }, (_, offset) => `${scope}:${client}:${clock + offset}`))
}

/** The characters the ranges name, or null where they name elements (whole blocks). */
function textOfRanges(ydoc: Y.Doc, ranges: readonly (readonly [number, number, number])[]): string | null {
  let text = ''
  for (const [client, clock, length] of ranges) {
    for (let offset = 0; offset < length; offset += 1) {
      if (clock + offset >= Y.getState(ydoc.store, client)) return `<missing ${client}.${clock + offset}>`
      const item = Y.getItem(ydoc.store, Y.createID(client, clock + offset))
      if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentString)) return null
      text += item.content.str[clock + offset - item.id.clock]
    }
  }
  return text
}

/** Equal as the change list shows text: whitespace collapsed, a long text shortened with „…“. */
function sameText(full: string, summary: string): boolean {
  const collapsed = full.replace(/\s+/g, ' ').trim()
  return summary.endsWith('…') ? collapsed.startsWith(summary.slice(0, -1)) : collapsed === summary
}

function textOnly(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(textOnly)
  if (typeof node !== 'object' || node === null) return node
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'id')
      .map(([key, value]) => [key, textOnly(value)]),
  )
}

export interface DecisionSeedOptions {
  /** Adds edits that make the editor binding re-create blocks: deletions across blocks, moved and deleted Teilziele. */
  structural: boolean
  /** Sees the document, the Fassung and the final comparison before reject all and accept all are checked (for debugging a seed). */
  inspect?: (state: { hub: Y.Doc; fassung: Y.Snapshot; model: ChangeModel }) => void
}

/**
 * Runs one seed of the decision property; throws with the seed, the way to replay it and its steps where a
 * property does not hold. Exactly replayable: the edits, the block ids and every Y.Doc's clientID come from the seed.
 */
export function runDecisionSeed(seed: number, options: DecisionSeedOptions) {
  withSeededBlockIds(seed, () => runSeededSteps(seed, options.structural ? [...textEdits, ...structuralEdits] : textEdits, options.inspect))
}

function runSeededSteps(seed: number, usedEdits: readonly Edit[], inspect: DecisionSeedOptions['inspect']) {
  const random = createSeededRandom(seed)
  const clientIds = createSeededRandom(seed ^ 0x5eed)
  const nextClientId = () => 1 + clientIds.integer(0x7fffffff)
  const log: string[] = []
  const history = createRecordedHistory(smallConceptJson, 'zuwanderung', nextClientId)
  const sessions = new Map<string, RecordedClient>(userIds.map((userId) => [userId, history.client(userId)]))
  const decisions: ReviewDecision[] = []
  // The ledger: the characters every decision was made on, by kind of change, as the deciding editor saw them.
  const decidedCharacters = new Set<string>()
  let fassung: Y.Snapshot | null = null

  const edit = (userId: string) => {
    const session = sessions.get(userId)!
    const chosen = random.pick(usedEdits)
    let applied = true
    session.editor.edit((tr) => {
      try {
        chosen.apply(tr, random)
      } catch {
        // The random edit did not fit this document (no such block, a position ProseMirror refuses): no edit.
        applied = false
      }
    })
    if (applied) log.push(`${userId}: ${chosen.name}`)
  }
  const compare = (): ChangeModel =>
    computeChangeModel({
      ydoc: history.hub,
      from: { snapshot: fassung!, label: { id: 'fassung', label: 'Fassung' } },
      to: { snapshot: Y.snapshot(history.hub), label: { id: 'draft', label: 'Entwurf' } },
      attributions: history.index(users),
      decided: decisions.map((decision) => decision.covers!.ranges),
    })
  const text = () => JSON.stringify(textOnly(yDocToConceptJson(history.hub)))
  const decide = (decider: string, verdict: 'accept' | 'reject', selected: readonly ChangeEntry[]) => {
    if (selected.length === 0) return
    log.push(`${decider}: ${verdict} ${selected.map((change) => `${change.kind} „${change.summary}“`).join(', ')}`)
    if (verdict === 'reject') history.hub.transact(() => revertChanges(history.hub, selected, createRevertContext(history.hub, fassung!)), decider)
    for (const change of selected) {
      decisions.push({
        id: `d${decisions.length}`,
        documentId: 'doc',
        changeId: change.id,
        covers: { kind: change.kind, ranges: change.ranges, ...(change.format ? { format: { mark: change.format.mark, change: change.format.change } } : {}) },
        decision: verdict === 'accept' ? 'accepted' : 'rejected',
        userId: decider,
        at: new Date(Date.UTC(2019, 2, 21, 12, decisions.length)).toISOString(),
      })
      if (characterKinds.has(change.kind)) for (const key of characterKeys(change)) decidedCharacters.add(key)
    }
    for (const session of sessions.values()) session.pull()
  }
  const checkDecisionsCoverExactly = (model: ChangeModel) => {
    const index = new DecisionIndex(decisions)
    for (const change of model.changes) {
      if (!characterKinds.has(change.kind)) continue
      // Decisions are stored as these ranges: they must name the very characters the change shows.
      const named = textOfRanges(history.hub, change.ranges)
      if (named !== null && change.kind !== 'format' && !sameText(named, change.summary)) throw new Error(`the ranges of ${change.kind} „${change.summary}“ name „${named}“`)
      const keys = characterKeys(change)
      const decided = keys.filter((key) => decidedCharacters.has(key)).length
      const where = `${change.kind} „${change.summary}“ (${JSON.stringify(change.ranges)})`
      if (decided !== 0 && decided !== keys.length) throw new Error(`${where} mixes ${decided} decided characters with ${keys.length - decided} open ones`)
      if ((index.decisionOf(change) !== undefined) !== (decided === keys.length)) throw new Error(`${where} is ${decided === keys.length ? 'decided' : 'open'} by the ledger but not by the decisions`)
    }
  }

  try {
    const before = 1 + random.integer(4)
    for (let step = 0; step < before; step += 1) {
      const userId = random.pick(userIds)
      edit(userId)
      sessions.get(userId)!.push()
    }
    for (const session of sessions.values()) session.pull()
    fassung = Y.snapshot(history.hub)
    const olderJson = yDocToConceptJson(Y.createDocFromSnapshot(history.hub, fassung))
    const older = JSON.stringify(textOnly(olderJson))
    log.push('Fassung frozen')

    const rounds = 2 + random.integer(4)
    for (let round = 0; round < rounds; round += 1) {
      for (let step = 1 + random.integer(3); step > 0; step -= 1) {
        const userId = random.pick(userIds)
        const roll = random.next()
        if (roll < 0.1) {
          // Reconnects: the session's changes are sent, the new session writes with a new clientID.
          sessions.get(userId)!.push()
          sessions.set(userId, history.client(userId))
          log.push(`${userId}: reconnects`)
        }
        edit(userId)
        // Now and then a session stays offline for a while; its edits merge later.
        if (roll > 0.25) sessions.get(userId)!.push()
        if (random.next() < 0.5) sessions.get(userId)!.pull()
      }
      const model = compare()
      checkDecisionsCoverExactly(model)
      const open = model.changes.filter((change) => !new DecisionIndex(decisions).decisionOf(change))
      if (open.length === 0) continue
      const decider = random.pick(userIds)
      const verdict = random.next() < 0.5 ? 'accept' : 'reject'
      const scope = random.integer(4)
      const author = random.pick(open).author
      const selected =
        scope === 0 ? [random.pick(open)] : scope === 1 ? open.filter((change) => change.author?.department === author?.department) : scope === 2 ? open.filter((change) => change.author?.userId === author?.userId) : open
      decide(decider, verdict, selected)
      checkDecisionsCoverExactly(compare())
    }
    for (const session of sessions.values()) session.push()
    for (const session of sessions.values()) session.pull()

    const final = compare()
    inspect?.({ hub: history.hub, fassung, model: final })
    checkDecisionsCoverExactly(final)
    // Rejecting every change, decided or not, on a copy: the older text, exactly.
    const copy = new Y.Doc({ gc: false })
    copy.clientID = nextClientId()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(history.hub))
    copy.transact(() => revertChanges(copy, final.changes, createRevertContext(copy, fassung!)))
    const rejected = yDocToConceptJson(copy)
    if (JSON.stringify(textOnly(rejected)) !== older) throw new Error(`reject all does not give the older text ('-' older, '+' after reject all):\n${describeOutlineDifference(olderJson, rejected)}`)
    // Accepting all open changes: nothing in the text changes, and nothing is open afterwards.
    const draft = text()
    decide('kreistag', 'accept', final.changes.filter((change) => !new DecisionIndex(decisions).decisionOf(change)))
    if (text() !== draft) throw new Error(`accept all changes the text:\n${text()}\ninstead of\n${draft}`)
    const accepted = compare()
    checkDecisionsCoverExactly(accepted)
    const stillOpen = accepted.changes.filter((change) => !new DecisionIndex(decisions).decisionOf(change)).map((change) => change.summary)
    if (stillOpen.length > 0) throw new Error(`open after accepting all: ${stillOpen.join(' | ')}`)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`seed ${seed} failed: ${message}\nreproduce: FUZZ_SEED=${seed}${usedEdits.length > textEdits.length ? '' : ' FUZZ_STRUCTURAL=0'} npx vitest run tests/shared/changes/decisionProperties.test.ts\nsteps:\n  ${log.join('\n  ')}`, { cause: error })
  }
}
