import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'
import type { Logger } from '../logging/Logger'
import type { DocumentStorage } from '../storage/DocumentStorage'
import { AuthorizationWatch } from './AuthorizationWatch'
import { ClientConnection, type ConnectionLimits } from './ClientConnection'
import { CollabDocument, type CollabDocumentOptions } from './CollabDocument'
import type { CollabSocket } from './CollabSocket'
import type { ConnectionAuthorization, RecheckScope } from './ConnectionAuthorization'
import type { ConnectionIdentity } from './ConnectionIdentity'
import type { DocumentFanOut } from './DocumentFanOut'
import { FanOutSubscription } from './FanOutSubscription'
import { repairStoredContent } from './repairStoredContent'

export interface CollaborationServerOptions {
  storage: DocumentStorage
  logger: Logger
  limits?: Partial<ConnectionLimits>
  pingIntervalMs?: number
  compactAfterUpdates?: number
  maxDocumentBytes?: number
  maxQueuedBytes?: number
  /**
   * How long a document loaded only for a read or a server edit stays loaded after it (default 0: unloaded at
   * once). Loading a big concept takes the event loop a while; repeated comparisons and exports should not.
   */
  keepReadDocumentsMs?: number
  onUpdateAccepted?: CollabDocumentOptions['onUpdateAccepted']
  /** Set when several instances share the storage: keeps their loaded copies of a document in step. */
  fanOut?: DocumentFanOut
  /** Every open connection's authorization is checked again this often (default a minute; 0: only when told). */
  recheckIntervalMs?: number
}

const defaultLimits: ConnectionLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxBufferedBytes: 32 * 1024 * 1024,
  syncRequestsPerSecond: 0.2,
  syncRequestBurst: 5,
  // The stock provider echoes every awareness change it receives, so a busy document means many small messages.
  messagesPerSecond: 1000,
  messageBurst: 5000,
  bytesPerSecond: 4 * 1024 * 1024,
  byteBurst: 32 * 1024 * 1024,
}

/**
 * The collaboration core: loads a document on its first connection, unloads it (after storing a
 * snapshot) when the last one leaves, and checks every connection's liveness. It knows sockets only
 * through `CollabSocket`, so any websocket library can be plugged in by the transport.
 */
export class CollaborationServer {
  private readonly documents = new Map<string, Promise<CollabDocument>>()
  private readonly loadedDocuments = new Map<string, CollabDocument>()
  private readonly connections = new Set<ClientConnection>()
  private readonly fanOutSubscriptions = new Map<CollabDocument, FanOutSubscription>()
  private readonly idleUnloads = new Map<CollabDocument, NodeJS.Timeout>()
  private readonly limits: ConnectionLimits
  private readonly pingTimer: NodeJS.Timeout
  private readonly authorizationWatch: AuthorizationWatch
  private shuttingDown = false

  constructor(private readonly options: CollaborationServerOptions) {
    this.limits = { ...defaultLimits, ...options.limits }
    this.authorizationWatch = new AuthorizationWatch(options.logger, options.recheckIntervalMs ?? 60_000)
    options.fanOut?.onRecheck((scope) => void this.authorizationWatch.recheck(scope))
    this.pingTimer = setInterval(() => {
      for (const connection of this.connections) connection.checkLiveness()
    }, options.pingIntervalMs ?? 30_000)
    this.pingTimer.unref()
  }

  get maxMessageBytes(): number {
    return this.limits.maxMessageBytes
  }

  /**
   * Opens a connection for an authenticated identity; the transport feeds it messages and close events. With
   * an authorization, the connection closes when its session expires and follows `recheckConnections`.
   */
  openConnection(socket: CollabSocket, documentId: string, identity: ConnectionIdentity, authorization?: ConnectionAuthorization): ClientConnection {
    // A copy of its own: the connection's identity changes when its account's role does.
    const connection = new ClientConnection(socket, documentId, { ...identity }, this.limits, this.options.logger, (closed) => this.handleConnectionClosed(closed))
    if (this.shuttingDown) {
      connection.close(CloseCode.serverShutdown, 'Server wird beendet')
      return connection
    }
    this.connections.add(connection)
    if (authorization) this.authorizationWatch.watch(connection, authorization)
    if (connection.isClosed) return connection
    void this.attach(connection)
    return connection
  }

  /**
   * After a sign-out, an account change or an access-list change: asks again whether the matching connections,
   * here and (through the fan-out) on every other instance, may stay open and write. Resolves when this
   * instance's connections are dealt with.
   */
  async recheckConnections(scope: RecheckScope): Promise<void> {
    this.options.fanOut?.publishRecheck(scope)
    await this.authorizationWatch.recheck(scope)
  }

  /** The accounts currently in a document (with presence; a comparison page only listening does not count), each once. */
  listPresentUsers(documentId: string): { userId: string; name: string; department: string }[] {
    const present = new Map<string, { userId: string; name: string; department: string }>()
    for (const connection of this.connections) {
      if (connection.documentId !== documentId || connection.isClosed || connection.awarenessClientIds.size === 0) continue
      const { userId, name, department } = connection.identity
      present.set(userId, { userId, name, department })
    }
    return [...present.values()]
  }

  isLoaded(documentId: string): boolean {
    return this.loadedDocuments.has(documentId)
  }

  /** The loaded document, if any connection has it open. */
  async getLoadedDocument(documentId: string): Promise<CollabDocument | null> {
    return (await this.documents.get(documentId)) ?? null
  }

  /**
   * Runs `change` on the document's Y.Doc as a server edit (stored and broadcast like any client's),
   * loading the document for the duration if nobody has it open.
   */
  async changeDocument(documentId: string, userId: string, change: (ydoc: Y.Doc) => void): Promise<void> {
    let document = await this.loadDocument(documentId)
    while (document?.isDestroyed) document = await this.loadDocument(documentId)
    if (!document) throw new Error(`document ${documentId} not found`)
    if (!document.acceptsWrites) throw new Error(`document ${documentId} takes no writes: storage failed`)
    // Another instance may have stored edits this one has not received yet.
    if (this.options.fanOut) await document.mergeFromStorage()
    document.applyServerEdit(userId, change)
    await document.flush()
    await this.releaseAfterRead(documentId, document)
  }

  /**
   * Runs `read` on the document's current state, everything accepted so far stored first; loads the
   * document for the duration if nobody has it open. `read` must not change the document.
   */
  async readDocument<T>(documentId: string, read: (ydoc: Y.Doc) => T): Promise<T> {
    let document = await this.loadDocument(documentId)
    while (document?.isDestroyed) document = await this.loadDocument(documentId)
    if (!document) throw new Error(`document ${documentId} not found`)
    if (this.options.fanOut) await document.mergeFromStorage()
    await document.flush()
    const result = read(document.ydoc)
    await this.releaseAfterRead(documentId, document)
    return result
  }

  /**
   * The document's current state as one update and its snapshot (state vector and delete set), everything
   * accepted so far stored first; encoded once per change of the document, however often it is asked for.
   */
  async readDocumentState(documentId: string): Promise<{ state: Uint8Array; snapshot: Uint8Array }> {
    let document = await this.loadDocument(documentId)
    while (document?.isDestroyed) document = await this.loadDocument(documentId)
    if (!document) throw new Error(`document ${documentId} not found`)
    if (this.options.fanOut) await document.mergeFromStorage()
    await document.flush()
    const encoded = document.encodeCurrentState()
    await this.releaseAfterRead(documentId, document)
    return encoded
  }

  private async releaseAfterRead(documentId: string, document: CollabDocument) {
    if (document.connections.size > 0) return
    const keepMs = this.options.keepReadDocumentsMs ?? 0
    if (keepMs <= 0) {
      await this.unload(documentId, document)
      return
    }
    clearTimeout(this.idleUnloads.get(document))
    const timer = setTimeout(() => {
      this.idleUnloads.delete(document)
      if (document.connections.size === 0) void this.unload(documentId, document)
    }, keepMs)
    timer.unref()
    this.idleUnloads.set(document, timer)
  }

  async destroy(): Promise<void> {
    this.shuttingDown = true
    clearInterval(this.pingTimer)
    for (const timer of this.idleUnloads.values()) clearTimeout(timer)
    this.idleUnloads.clear()
    this.authorizationWatch.stop()
    for (const connection of [...this.connections]) connection.close(CloseCode.serverShutdown, 'Server wird beendet')
    for (const [documentId, loading] of [...this.documents]) {
      const document = await loading.catch(() => null)
      if (document) await this.unload(documentId, document)
    }
  }

  private async attach(connection: ClientConnection) {
    try {
      let document = await this.loadDocument(connection.documentId)
      // The document may have been unloaded between loading and now: load it afresh.
      while (document?.isDestroyed) document = await this.loadDocument(connection.documentId)
      if (connection.isClosed) return
      if (!document) {
        connection.close(CloseCode.documentNotFound, 'Dokument nicht gefunden')
        return
      }
      // Nobody may see in-memory state that could not be stored.
      if (!document.acceptsWrites && !(await document.retryStorage())) {
        connection.close(CloseCode.storageFailure, 'Speichern fehlgeschlagen')
        return
      }
      connection.attach(document)
      if (connection.isClosed && document.connections.size === 0) await this.unload(connection.documentId, document)
    } catch (error) {
      this.options.logger.error('loading document failed', { documentId: connection.documentId, error })
      connection.close(CloseCode.storageFailure, 'Dokument konnte nicht geladen werden')
    }
  }

  private loadDocument(documentId: string): Promise<CollabDocument | null> {
    const existing = this.documents.get(documentId)
    if (existing) return existing
    const loading = this.loadFromStorage(documentId)
    this.documents.set(documentId, loading as Promise<CollabDocument>)
    loading.then(
      (document) => {
        if (!document) this.documents.delete(documentId)
      },
      () => this.documents.delete(documentId),
    )
    return loading
  }

  private async loadFromStorage(documentId: string): Promise<CollabDocument | null> {
    const { storage, logger, fanOut } = this.options
    if (!(await storage.getDocument(documentId))) return null
    // Subscribed before reading: whatever another instance stores and publishes meanwhile arrives one way or the other.
    const subscription = fanOut ? await FanOutSubscription.open(fanOut, documentId, logger) : null
    let document: CollabDocument
    try {
      document = await this.readFromStorage(documentId)
    } catch (error) {
      await subscription?.close()
      throw error
    }
    if (subscription) {
      this.fanOutSubscriptions.set(document, subscription)
      subscription.attach(document)
    }
    this.loadedDocuments.set(documentId, document)
    return document
  }

  private async readFromStorage(documentId: string): Promise<CollabDocument> {
    const { storage, logger } = this.options
    const [stored, clientOwners] = await Promise.all([storage.loadUpdates(documentId), storage.getClientOwners(documentId)])
    const ydoc = createConceptYDoc()
    Y.transact(ydoc, () => {
      for (const update of stored.updates) Y.applyUpdate(ydoc, update)
    })
    logger.debug('document loaded', { documentId, updates: stored.updates.length })
    const document = new CollabDocument(documentId, ydoc, { lastSequence: stored.lastSequence, count: stored.updates.length, bytes: stored.updates.reduce((sum, update) => sum + update.byteLength, 0) }, clientOwners, {
      storage,
      logger,
      compactAfterUpdates: this.options.compactAfterUpdates ?? 500,
      maxDocumentBytes: this.options.maxDocumentBytes ?? 256 * 1024 * 1024,
      maxQueuedBytes: this.options.maxQueuedBytes ?? 64 * 1024 * 1024,
      onUpdateAccepted: this.options.onUpdateAccepted,
      fanOut: this.options.fanOut,
    })
    repairStoredContent(document, logger)
    return document
  }

  private handleConnectionClosed(connection: ClientConnection) {
    this.connections.delete(connection)
    this.authorizationWatch.unwatch(connection)
    const loading = this.documents.get(connection.documentId)
    if (!loading) return
    void loading.then(async (document) => {
      if (document && document.connections.size === 0) await this.unload(connection.documentId, document)
    })
  }

  private async unload(documentId: string, document: CollabDocument) {
    if (this.loadedDocuments.get(documentId) !== document) return
    try {
      await document.compact()
    } catch (error) {
      this.options.logger.warn('compaction on unload failed; updates stay stored one by one', { documentId, error })
    }
    // A connection may have arrived while the snapshot was being written: then the document stays.
    if (document.connections.size > 0 || this.loadedDocuments.get(documentId) !== document) return
    this.loadedDocuments.delete(documentId)
    this.documents.delete(documentId)
    document.destroy()
    const subscription = this.fanOutSubscriptions.get(document)
    this.fanOutSubscriptions.delete(document)
    await subscription?.close()
    this.options.logger.debug('document unloaded', { documentId })
  }
}
