import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { describeUpdateItems } from '../../shared/history/describeUpdateItems'
import { intersectRanges } from '../../shared/history/intersectRanges'
import { findIncomingSchemaViolation } from '../../shared/schema/validation/findIncomingSchemaViolation'
import { inspectIncomingUpdate } from '../../shared/yjs/inspectIncomingUpdate'
import type { ItemRange, UpdateAttribution } from '../../shared/history/UpdateAttribution'
import type { Logger } from '../logging/Logger'
import type { DocumentStorage } from '../storage/DocumentStorage'
import type { ClientConnection } from './ClientConnection'
import type { DocumentFanOut, FanOutMessage } from './DocumentFanOut'
import { encodeAwarenessMessage, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from './encodeMessages'
import { ServerEditOrigin } from './ServerEditOrigin'

export interface CollabDocumentOptions {
  storage: DocumentStorage
  logger: Logger
  /** Compact the stored updates into one snapshot once this many have accumulated. */
  compactAfterUpdates: number
  /** Updates that would make the stored document larger than this are refused. */
  maxDocumentBytes: number
  /** Bytes that may wait in the document's queue (updates to store, answers to send) before writers and sync requests are turned away. */
  maxQueuedBytes: number
  /** Called for every update the document accepted, before it is stored; the connection is null for server edits. */
  onUpdateAccepted?: (event: { documentId: string; update: Uint8Array; connection: ClientConnection | null }) => void
  /** Other server instances with the same document loaded: every stored update and awareness change goes to them. */
  fanOut?: DocumentFanOut
}

/** An update the document will take, with the item ranges it carries itself. */
export interface AcceptedUpdate {
  accepted: true
  inserted: ItemRange[]
  deleted: ItemRange[]
}

export type UpdateVerdict = AcceptedUpdate | { accepted: false; problem: 'foreign-client' | 'gap' | 'invalid' | 'too-large'; detail: string }

/**
 * One loaded document: its Y.Doc, its awareness and the connections editing it. Every accepted update is
 * stored before it is sent to anyone, so what a client has seen survives a crash of the server.
 */
export class CollabDocument {
  readonly awareness: awarenessProtocol.Awareness
  readonly connections = new Set<ClientConnection>()
  private writeQueue: Promise<void> = Promise.resolve()
  private queuedBytes = 0
  private encodedState: { state: Uint8Array; snapshot: Uint8Array } | null = null
  private incoming: { connection: ClientConnection; verdict: AcceptedUpdate } | null = null
  private storageFailed = false
  private destroyed = false
  private lastStoredSequence: number
  private updatesSinceCompaction: number
  private approximateSize: number

  constructor(
    readonly id: string,
    readonly ydoc: Y.Doc,
    stored: { lastSequence: number; count: number; bytes: number },
    private readonly clientOwners: Map<number, string>,
    private readonly options: CollabDocumentOptions,
  ) {
    this.lastStoredSequence = stored.lastSequence
    this.updatesSinceCompaction = stored.count
    this.approximateSize = stored.bytes
    this.awareness = new awarenessProtocol.Awareness(ydoc)
    this.awareness.setLocalState(null)
    this.awareness.on('update', this.handleAwarenessUpdate)
    ydoc.on('update', this.handleDocumentUpdate)
  }

  get isDestroyed(): boolean {
    return this.destroyed
  }

  get acceptsWrites(): boolean {
    return !this.storageFailed
  }

  get isBacklogFull(): boolean {
    return this.queuedBytes > this.options.maxQueuedBytes
  }

  addConnection(connection: ClientConnection): void {
    this.connections.add(connection)
    connection.send(encodeSyncStep1(this.ydoc))
    const awarenessClients = [...this.awareness.getStates().keys()]
    if (awarenessClients.length > 0) connection.send(encodeAwarenessMessage(this.awareness, awarenessClients))
  }

  removeConnection(connection: ClientConnection): void {
    if (!this.connections.delete(connection)) return
    const controlled = [...connection.awarenessClientIds].filter((clientId) => this.awareness.getStates().has(clientId))
    if (controlled.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, controlled, null)
  }

  /** Answers a client's sync step 1 once everything it will receive is stored. */
  answerSyncStep1(connection: ClientConnection, stateVector: Uint8Array): void {
    // Computed now, sent after the writes queued before it: the answer never contains unstored updates.
    const update = Y.encodeStateAsUpdate(this.ydoc, stateVector)
    // One answer always fits, however large the document: only answers on top of a full queue are turned away.
    if (this.queuedBytes > 0 && this.queuedBytes + update.byteLength > this.options.maxQueuedBytes) {
      connection.close(CloseCode.rateLimited, 'Server ausgelastet')
      return
    }
    this.enqueue(async () => connection.send(encodeSyncStep2(update)), update.byteLength)
  }

  /**
   * Judges an update from `userId` before anything of it is integrated. It is refused if it writes with a
   * clientID that belongs to another user (a clientID is owned by the user who first wrote with it; only
   * items new to the server count), if Yjs could not integrate all of it at once (anything it builds on is
   * missing: it would wait as pending structs, unstored, and be integrated later under someone else's
   * update), if it puts content into the document that the concept schema does not allow, or if it would
   * grow the document past its size limit.
   */
  judgeUpdate(decoded: ReturnType<typeof Y.decodeUpdate>, update: Uint8Array, userId: string): UpdateVerdict {
    const inspection = inspectIncomingUpdate(this.ydoc, decoded)
    if (inspection.status === 'missing') return { accepted: false, problem: 'gap', detail: inspection.detail }
    if (inspection.status === 'malformed') return { accepted: false, problem: 'invalid', detail: inspection.detail }
    for (const [client] of inspection.inserted) {
      const owner = this.clientOwners.get(client)
      if (owner !== undefined && owner !== userId) return { accepted: false, problem: 'foreign-client', detail: `clientID ${client}` }
    }
    const violation = findIncomingSchemaViolation(inspection.items)
    if (violation) return { accepted: false, problem: 'invalid', detail: violation }
    if (this.approximateSize + update.byteLength > this.options.maxDocumentBytes) return { accepted: false, problem: 'too-large', detail: `${update.byteLength} bytes` }
    return { accepted: true, inserted: inspection.inserted, deleted: inspection.deleted }
  }

  /** Applies an update `judgeUpdate` accepted; it is attributed to the connection's user with the verdict's item ranges. */
  applyClientUpdate(connection: ClientConnection, update: Uint8Array, verdict: AcceptedUpdate): void {
    this.incoming = { connection, verdict }
    try {
      Y.applyUpdate(this.ydoc, update, connection)
    } finally {
      this.incoming = null
    }
  }

  /** Runs `change` as an edit of the server on behalf of `userId`, with a clientID of its own. */
  applyServerEdit(userId: string, change: (ydoc: Y.Doc) => void): void {
    this.ydoc.clientID = generateClientId()
    this.ydoc.transact(() => change(this.ydoc), new ServerEditOrigin(userId))
  }

  applyAwarenessUpdate(connection: ClientConnection, update: Uint8Array): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection)
  }

  /** Applies what another instance accepted, and stored, to this copy and passes it on to this instance's connections. */
  applyFanOutMessage(message: FanOutMessage): void {
    if (this.destroyed) return
    if (message.type === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, storageOrigin)
      return
    }
    if (message.userId !== null) this.claimClients(describeUpdateItems(Y.decodeUpdate(message.update)).inserted, message.userId)
    Y.applyUpdate(this.ydoc, message.update, storageOrigin)
  }

  /** Publishes the presence of this instance's connections again, for instances that dropped it while the fan-out was down. */
  publishLocalAwareness(): void {
    const states = this.awareness.getStates()
    const clients = [...this.connections].flatMap((connection) => [...connection.awarenessClientIds]).filter((clientId) => states.has(clientId))
    if (clients.length > 0) this.options.fanOut?.publish(this.id, { type: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients) })
  }

  /** True if a connection of another user already speaks for this awareness clientID. */
  isAwarenessClientOfAnotherUser(clientId: number, connection: ClientConnection): boolean {
    for (const other of this.connections) {
      if (other.identity.userId !== connection.identity.userId && other.awarenessClientIds.has(clientId)) return true
    }
    return false
  }

  sendAllAwarenessStates(connection: ClientConnection): void {
    const clients = [...this.awareness.getStates().keys()]
    if (clients.length > 0) connection.send(encodeAwarenessMessage(this.awareness, clients))
  }

  /**
   * Applies everything storage holds for this document (Yjs merges idempotently) without storing it again,
   * sending what was new to the connections: for catching up with writes of other server instances.
   */
  async mergeFromStorage(): Promise<void> {
    const [stored, clientOwners] = await Promise.all([this.options.storage.loadUpdates(this.id), this.options.storage.getClientOwners(this.id)])
    if (this.destroyed) return
    for (const [client, owner] of clientOwners) if (!this.clientOwners.has(client)) this.clientOwners.set(client, owner)
    Y.transact(this.ydoc, () => {
      for (const update of stored.updates) Y.applyUpdate(this.ydoc, update, storageOrigin)
    }, storageOrigin)
  }

  /** The whole state as one update and its snapshot; encoded again only after the document changed. */
  encodeCurrentState(): { state: Uint8Array; snapshot: Uint8Array } {
    this.encodedState ??= { state: Y.encodeStateAsUpdate(this.ydoc), snapshot: Y.encodeSnapshot(Y.snapshot(this.ydoc)) }
    return this.encodedState
  }

  /** Resolves when every update accepted so far is stored (or has failed to be). */
  async flush(): Promise<void> {
    await this.writeQueue
  }

  /** Stores the whole state as one snapshot in place of the updates stored so far. */
  async compact(): Promise<void> {
    await this.flush()
    if (this.storageFailed || this.updatesSinceCompaction <= 1) return
    const snapshot = Y.encodeStateAsUpdate(this.ydoc)
    await this.options.storage.compact(this.id, snapshot, this.lastStoredSequence)
    this.updatesSinceCompaction = 1
  }

  destroy(): void {
    this.destroyed = true
    this.ydoc.off('update', this.handleDocumentUpdate)
    this.awareness.off('update', this.handleAwarenessUpdate)
    this.awareness.destroy()
    this.ydoc.destroy()
  }

  private readonly handleDocumentUpdate = (update: Uint8Array, origin: unknown) => {
    this.encodedState = null
    if (origin === storageOrigin) {
      // Already stored, here or by the instance that published it: only those connected here may lack it.
      const message = encodeSyncUpdate(update)
      this.enqueue(async () => {
        for (const connection of this.connections) connection.send(message)
      }, message.byteLength)
      return
    }
    const connection = this.isConnection(origin) ? origin : null
    const attribution = this.attribute(update, connection, origin instanceof ServerEditOrigin ? origin.userId : null)
    this.options.onUpdateAccepted?.({ documentId: this.id, update, connection })
    this.enqueue(async () => {
      if (this.storageFailed) {
        // Nothing is broadcast that is not stored; the sender keeps the update and resends it after reconnecting.
        connection?.close(CloseCode.storageFailure, 'Speichern fehlgeschlagen')
        return
      }
      try {
        this.lastStoredSequence = await this.options.storage.appendUpdate(this.id, update, attribution)
      } catch (error) {
        this.failStorage(error)
        connection?.close(CloseCode.storageFailure, 'Speichern fehlgeschlagen')
        return
      }
      this.updatesSinceCompaction += 1
      this.approximateSize += update.byteLength
      const message = encodeSyncUpdate(update)
      for (const other of this.connections) if (other !== connection) other.send(message)
      this.options.fanOut?.publish(this.id, { type: 'update', update, userId: attribution?.userId ?? null })
      if (this.updatesSinceCompaction >= this.options.compactAfterUpdates) this.enqueueCompaction()
    }, update.byteLength)
  }

  private attribute(update: Uint8Array, connection: ClientConnection | null, serverEditUserId: string | null): UpdateAttribution | null {
    const userId = connection?.identity.userId ?? serverEditUserId
    if (userId === null) return null
    const integrated = describeUpdateItems(Y.decodeUpdate(update))
    let { inserted, deleted } = integrated
    if (connection) {
      const verdict = this.incoming?.connection === connection ? this.incoming.verdict : null
      if (!verdict) throw new Error('a client update was applied without being judged')
      // Only what this update itself carries: its own new items, and of its deletions those that removed something.
      inserted = verdict.inserted
      deleted = intersectRanges(integrated.deleted, verdict.deleted)
    }
    // Claimed now, not when stored: a forged update right behind this one must already be refused.
    this.claimClients(inserted, userId)
    return { userId, at: new Date().toISOString(), inserted, deleted }
  }

  private claimClients(inserted: ItemRange[], userId: string) {
    for (const [client] of inserted) if (!this.clientOwners.has(client)) this.clientOwners.set(client, userId)
  }

  private readonly handleAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ) => {
    const changed = [...change.added, ...change.updated, ...change.removed]
    if (this.isConnection(origin)) {
      // Updated counts too: a reconnecting client keeps its clientID while its old socket may linger.
      for (const clientId of [...change.added, ...change.updated]) origin.awarenessClientIds.add(clientId)
      for (const clientId of change.removed) origin.awarenessClientIds.delete(clientId)
    }
    const message = encodeAwarenessMessage(this.awareness, changed)
    for (const connection of this.connections) connection.send(message)
    // Only presence this instance speaks for: its connections' changes, and their removal (origin null) on close.
    if (origin === null || this.isConnection(origin)) {
      this.options.fanOut?.publish(this.id, { type: 'awareness', update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed) })
    }
  }

  private enqueueCompaction() {
    this.enqueue(async () => {
      const snapshot = Y.encodeStateAsUpdate(this.ydoc)
      try {
        await this.options.storage.compact(this.id, snapshot, this.lastStoredSequence)
        this.updatesSinceCompaction = 1
      } catch (error) {
        // The uncompacted updates are still stored: loading stays correct, only slower.
        this.options.logger.warn('compaction failed', { documentId: this.id, error })
      }
    })
  }

  private failStorage(error: unknown) {
    this.storageFailed = true
    this.options.logger.error('storing an update failed; the document takes no further writes', { documentId: this.id, error })
    for (const connection of this.connections) {
      if (connection.identity.canWrite) connection.close(CloseCode.storageFailure, 'Speichern fehlgeschlagen')
    }
  }

  /** After a storage failure: tries to store the whole in-memory state, and takes writes again if that works. */
  async retryStorage(): Promise<boolean> {
    if (!this.storageFailed) return true
    try {
      const state = Y.encodeStateAsUpdate(this.ydoc)
      this.lastStoredSequence = await this.options.storage.appendUpdate(this.id, state, null)
      this.storageFailed = false
      this.options.fanOut?.publish(this.id, { type: 'update', update: state, userId: null })
      this.options.logger.info('storage works again', { documentId: this.id })
      return true
    } catch (error) {
      this.options.logger.error('storage still failing', { documentId: this.id, error })
      return false
    }
  }

  /** Queues `task` behind everything queued before; `bytes` is what it holds in memory until it has run. */
  private enqueue(task: () => Promise<void>, bytes = 0) {
    this.queuedBytes += bytes
    this.writeQueue = this.writeQueue
      .then(task)
      .catch((error: unknown) => {
        this.options.logger.error('document task failed', { documentId: this.id, error })
      })
      .finally(() => {
        this.queuedBytes -= bytes
      })
  }

  private isConnection(origin: unknown): origin is ClientConnection {
    return typeof origin === 'object' && origin !== null && this.connections.has(origin as ClientConnection)
  }
}

const storageOrigin = Symbol('storage')

function generateClientId(): number {
  return globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!
}
