import { randomUUID } from 'node:crypto'
import * as Y from 'yjs'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { ChangeEntry } from '../../shared/changes/ChangeModel'
import { createRevertContext, revertChanges } from '../../shared/changes/revertChange'
import type { CommentAnchor, CommentRange, CommentThread } from '../../shared/review/CommentThread'
import { DecisionIndex } from '../../shared/review/DecisionIndex'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { CollaborationServer } from '../collab/CollaborationServer'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { FassungService } from '../fassungen/FassungService'
import type { NotificationEvent, NotificationService } from '../notifications/NotificationService'
import type { ReviewDecision } from '../storage/ReviewStorage'
import type { Storage } from '../storage/Storage'
import type { MentionDirectory } from './MentionDirectory'

export interface DecisionRequest {
  /** The Fassung the live draft is compared with. */
  from: string
  decision: 'accept' | 'reject'
  changeIds?: string[]
  /** All open changes of this department. */
  department?: string
  /** All open changes of this person. */
  userId?: string
  all?: boolean
}

const maxCommentLength = 10_000
const maxBlockIdLength = 200
// A change id lists the item ranges of its run, so a run pieced together from many edits has a long one.
const maxChangeIdLength = 2_000
const maxQuoteLength = 500
// An encoded Yjs relative position is a few dozen bytes; this leaves room without letting anything large in.
const maxRelativePositionLength = 400

/** Accepting and rejecting changes, and the comment threads of committee members. */
export class ReviewService {
  constructor(
    private readonly storage: Storage,
    private readonly collaboration: CollaborationServer,
    private readonly access: DocumentAccess,
    private readonly fassungen: FassungService,
    private readonly mentions: MentionDirectory,
    private readonly notifications: NotificationService,
  ) {}

  /**
   * Accepts or rejects changes of the draft against a Fassung. Rejecting edits the live document as the
   * deciding user (stored, broadcast and attributed like any edit), all selected changes in one transaction
   * or none; every decision is recorded as the exact items of its change, so it keeps covering exactly
   * those characters whatever is edited around them later.
   */
  async decide(user: PublicUser, documentId: string, request: DecisionRequest): Promise<{ decided: string[] }> {
    await this.access.requireWritable(user, documentId)
    if (request.decision !== 'accept' && request.decision !== 'reject') throw new InvalidInputError('decision muss accept oder reject sein.')
    if (typeof request.from !== 'string' || request.from === 'draft') throw new InvalidInputError('Bitte die Fassung angeben, mit der verglichen wird (from).')
    validateSelection(request)
    const model = await this.fassungen.compare(user, documentId, request.from, 'draft')
    const decisions = new DecisionIndex(await this.storage.review.listDecisions(documentId))
    const selected = selectChanges(model.changes, request).filter((change) => request.changeIds || !decisions.decisionOf(change))
    if (selected.length === 0) throw new InvalidInputError('Keine passenden offenen Änderungen gefunden.')
    if (request.decision === 'reject') {
      const fassung = await this.storage.fassungen.getFassung(documentId, request.from)
      if (!fassung) throw new NotFoundError('Diese Fassung gibt es nicht.')
      const fromSnapshot = Y.decodeSnapshot(fassung.snapshot)
      await this.collaboration.changeDocument(documentId, user.id, (ydoc) => {
        // A Yjs transaction cannot be rolled back: the reverts run on a copy first, so that a failure changes nothing.
        const trial = new Y.Doc({ gc: false })
        Y.applyUpdate(trial, Y.encodeStateAsUpdate(ydoc))
        revertChanges(trial, selected, createRevertContext(trial, fromSnapshot))
        trial.destroy()
        revertChanges(ydoc, selected, createRevertContext(ydoc, fromSnapshot))
      })
    }
    const at = new Date().toISOString()
    await this.storage.review.recordDecisions(
      selected.map((change) => ({
        id: randomUUID(),
        documentId,
        changeId: change.id,
        covers: { kind: change.kind, ranges: change.ranges, ...(change.format ? { format: { mark: change.format.mark, change: change.format.change } } : {}) },
        decision: request.decision === 'accept' ? 'accepted' : 'rejected',
        userId: user.id,
        at,
      })),
    )
    await this.notifications.notify(decisionEvents(user, documentId, request.decision === 'accept' ? 'accepted' : 'rejected', selected))
    return { decided: selected.map((change) => change.id) }
  }

  async listDecisions(user: PublicUser, documentId: string): Promise<ReviewDecision[]> {
    await this.access.requireReadable(user, documentId)
    const accounts = new Map((await this.storage.accounts.listUsers()).map((account) => [account.id, account]))
    return (await this.storage.review.listDecisions(documentId)).map((decision) => ({
      ...decision,
      userName: accounts.get(decision.userId)?.name ?? 'Unbekannt',
      userDepartment: accounts.get(decision.userId)?.department ?? '',
    }))
  }

  /** Opens a thread; reviewers may, since comments never change the text. */
  async createThread(user: PublicUser, documentId: string, input: { anchor: unknown; body: unknown }): Promise<CommentThread> {
    await this.access.requireReadable(user, documentId)
    const anchor = validateAnchor(input.anchor)
    const body = validateBody(input.body)
    const threadId = randomUUID()
    const now = new Date().toISOString()
    await this.storage.review.createThread({ id: threadId, documentId, anchor, createdAt: now })
    await this.storage.review.addComment({ id: randomUUID(), threadId, authorId: user.id, body, createdAt: now })
    const mentioned = await this.mentions.resolveMentions(body, documentId)
    await this.notifications.notify([{ actor: user, documentId, recipients: mentioned.map((person) => person.id), kind: 'mention', threadId, excerpt: body }])
    return (await this.storage.review.getThread(threadId))!
  }

  async reply(user: PublicUser, documentId: string, threadId: string, body: unknown): Promise<CommentThread> {
    const thread = await this.requireThread(user, documentId, threadId)
    const text = validateBody(body)
    await this.storage.review.addComment({ id: randomUUID(), threadId: thread.id, authorId: user.id, body: text, createdAt: new Date().toISOString() })
    const mentioned = new Set((await this.mentions.resolveMentions(text, documentId)).map((person) => person.id))
    // Everyone who wrote in the thread hears of the reply; who is also mentioned gets the mention alone.
    const participants = thread.comments.map((comment) => comment.authorId).filter((authorId) => !mentioned.has(authorId))
    await this.notifications.notify([
      { actor: user, documentId, recipients: mentioned, kind: 'mention', threadId: thread.id, excerpt: text },
      { actor: user, documentId, recipients: participants, kind: 'reply', threadId: thread.id, excerpt: text },
    ])
    return (await this.storage.review.getThread(thread.id))!
  }

  async setResolved(user: PublicUser, documentId: string, threadId: string, resolved: boolean): Promise<CommentThread> {
    const thread = await this.requireThread(user, documentId, threadId)
    await this.storage.review.setThreadResolved(thread.id, resolved ? user.id : null)
    return (await this.storage.review.getThread(thread.id))!
  }

  /** Active accounts that may open the document: whom a comment can @mention. */
  async listMentionable(user: PublicUser, documentId: string) {
    return this.mentions.listMentionable(user, documentId)
  }

  async listThreads(user: PublicUser, documentId: string): Promise<CommentThread[]> {
    await this.access.requireReadable(user, documentId)
    return this.storage.review.listThreads(documentId)
  }

  private async requireThread(user: PublicUser, documentId: string, threadId: string): Promise<CommentThread> {
    await this.access.requireReadable(user, documentId)
    const thread = await this.storage.review.getThread(threadId)
    if (!thread || thread.documentId !== documentId) throw new NotFoundError('Diesen Kommentar gibt es nicht.')
    return thread
  }
}

/** One notification per author whose changes were decided: "accept all" tells each author once, not once per change. */
function decisionEvents(actor: PublicUser, documentId: string, decision: 'accepted' | 'rejected', changes: readonly ChangeEntry[]): NotificationEvent[] {
  const byAuthor = new Map<string, ChangeEntry[]>()
  for (const change of changes) {
    if (!change.author) continue
    byAuthor.set(change.author.userId, [...(byAuthor.get(change.author.userId) ?? []), change])
  }
  return [...byAuthor].map(([userId, decided]) => ({
    actor,
    documentId,
    recipients: [userId],
    kind: 'decision',
    decision,
    excerpt: decided.length === 1 ? decided[0]!.summary : `${decided.length} Änderungen, darunter: ${decided[0]!.summary}`,
  }))
}

function selectChanges(changes: readonly ChangeEntry[], request: DecisionRequest): ChangeEntry[] {
  if (request.changeIds) {
    if (!Array.isArray(request.changeIds) || !request.changeIds.every((id) => typeof id === 'string')) throw new InvalidInputError('changeIds muss eine Liste sein.')
    const wanted = new Set(request.changeIds)
    const found = changes.filter((change) => wanted.has(change.id))
    if (found.length !== wanted.size) throw new InvalidInputError('Mindestens eine dieser Änderungen gibt es im Vergleich nicht (mehr).')
    return found
  }
  if (typeof request.department === 'string') return changes.filter((change) => change.author?.department === request.department)
  if (typeof request.userId === 'string') return changes.filter((change) => change.author?.userId === request.userId)
  if (request.all === true) return [...changes]
  throw new InvalidInputError('Bitte changeIds, department, userId oder all angeben.')
}

function validateSelection(request: DecisionRequest) {
  const { changeIds, department, userId, all } = request as unknown as Record<string, unknown>
  if (changeIds !== undefined && (!Array.isArray(changeIds) || !changeIds.every((id) => typeof id === 'string'))) throw new InvalidInputError('changeIds muss eine Liste sein.')
  if (department !== undefined && typeof department !== 'string') throw new InvalidInputError('department muss ein Text sein.')
  if (userId !== undefined && typeof userId !== 'string') throw new InvalidInputError('userId muss ein Text sein.')
  if (all !== undefined && typeof all !== 'boolean') throw new InvalidInputError('all muss wahr oder falsch sein.')
}

function validateAnchor(anchor: unknown): CommentAnchor {
  if (typeof anchor !== 'object' || anchor === null || Array.isArray(anchor)) throw new InvalidInputError('Bitte angeben, worauf sich der Kommentar bezieht.')
  const { blockId, changeId, quote, range } = anchor as Record<string, unknown>
  for (const [name, value, limit] of [['blockId', blockId, maxBlockIdLength], ['changeId', changeId, maxChangeIdLength], ['quote', quote, Infinity]] as const) {
    if (value !== undefined && value !== null && typeof value !== 'string') throw new InvalidInputError(`${name} muss ein Text sein.`)
    if (typeof value === 'string' && value.length > limit) throw new InvalidInputError(`${name} darf höchstens ${limit} Zeichen lang sein.`)
  }
  return {
    blockId: typeof blockId === 'string' ? blockId : null,
    changeId: typeof changeId === 'string' ? changeId : null,
    // The quote only reminds the reader of the passage: a long one is shortened, not refused.
    quote: typeof quote === 'string' ? quote.slice(0, maxQuoteLength) : '',
    ...(range === undefined || range === null ? {} : { range: validateRange(range) }),
  }
}

function validateRange(range: unknown): CommentRange {
  if (typeof range !== 'object' || range === null || Array.isArray(range)) throw new InvalidInputError('Die markierte Stelle des Kommentars ist ungültig.')
  const { start, end } = range as Record<string, unknown>
  return { start: validateRelativePosition(start), end: validateRelativePosition(end) }
}

function validateRelativePosition(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxRelativePositionLength || !/^[A-Za-z0-9+/]+=*$/.test(value)) {
    throw new InvalidInputError('Die markierte Stelle des Kommentars ist ungültig.')
  }
  try {
    Y.decodeRelativePosition(Buffer.from(value, 'base64'))
  } catch {
    throw new InvalidInputError('Die markierte Stelle des Kommentars ist ungültig.')
  }
  return value
}

function validateBody(body: unknown): string {
  if (typeof body !== 'string' || !body.trim()) throw new InvalidInputError('Der Kommentar ist leer.')
  if (body.length > maxCommentLength) throw new InvalidInputError(`Ein Kommentar darf höchstens ${maxCommentLength} Zeichen lang sein.`)
  return body.trim()
}
