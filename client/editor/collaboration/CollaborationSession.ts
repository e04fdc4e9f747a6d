import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode, closeCodeMessages, type CloseCodeValue } from '../../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { accountChangedEvent } from '../../api/accountChangedEvent'
import { unauthorizedEvent } from '../../api/unauthorizedEvent'
import { ClientIdRecovery } from './ClientIdRecovery'
import type { ConnectionState, SessionSnapshot } from './ConnectionState'
import { fetchServerState } from './fetchServerState'
import { replaceLocalCopy } from './replaceLocalCopy'

// After this many failed attempts in a row (about eight seconds with the provider's back-off) the server counts as unreachable.
const attemptsBeforeOffline = 6

// Reconnecting cannot help with these; a timeout, a rate limit or a storage failure may pass. A taken clientID
// needs a new document (ClientIdRecovery).
const finalCloseCodes: ReadonlySet<number> = new Set([CloseCode.malformedMessage, CloseCode.unauthorized, CloseCode.forbidden, CloseCode.documentNotFound, CloseCode.clientIdTaken])

// After these the account may no longer see the document, so its copy in this browser goes too.
const localCopyRevokingCloseCodes: ReadonlySet<number> = new Set([CloseCode.forbidden, CloseCode.documentNotFound])

export interface CollaborationSessionOptions {
  /**
   * The IndexedDB database (see `localCopyName`) in which this browser keeps the document, offline edits
   * included; they are merged with the server's copy on the next connection. Null keeps nothing locally.
   */
  localCopyName: string | null
  /** A state the document starts from before anything is loaded: the document rebuilt after a taken clientID. */
  initialState?: Uint8Array
  /**
   * Another account took this document's clientID: its changes were moved to fresh clientIDs, and `state`
   * holds them on top of the server's state. The caller replaces this session by one opened with
   * `initialState: state` and `localCopyName`, which is null if the local copy could not be rewritten.
   */
  onRebuilt?: (rebuilt: { state: Uint8Array; localCopyName: string | null }) => void
}

/**
 * One open document: its Y.Doc, the websocket provider that syncs it with the server and, for people who
 * may write, a copy in IndexedDB. Exposes the connection state as an external store (`subscribe` /
 * `getSnapshot`) for React. When another account has taken the document's clientID, the changes are moved
 * to fresh clientIDs (`ClientIdRecovery`) and `onRebuilt` asks for a new session on the rebuilt document.
 */
export class CollaborationSession {
  readonly documentId: string
  readonly ydoc: Y.Doc
  readonly provider: WebsocketProvider
  private readonly localCopy: IndexeddbPersistence | null
  private readonly localCopyName: string | null
  private readonly recovery: ClientIdRecovery
  private localCopyClosed = false
  private rebuiltCopyName: string | null = null
  private snapshot: SessionSnapshot
  private hasConnected = false
  private localCopyHasContent = false
  private reconnectWhenOnline = false
  private readonly listeners = new Set<() => void>()

  constructor(documentId: string, serverUrl: string, options: CollaborationSessionOptions = { localCopyName: null }) {
    this.documentId = documentId
    this.ydoc = createConceptYDoc()
    if (options.initialState) Y.applyUpdate(this.ydoc, options.initialState)
    this.localCopyName = options.localCopyName
    this.localCopy = options.localCopyName && typeof indexedDB !== 'undefined' ? new IndexeddbPersistence(options.localCopyName, this.ydoc) : null
    this.snapshot = { connection: 'connecting', synced: false, closedReason: null, keepsLocalCopy: this.localCopy !== null, ready: false }
    this.localCopy?.on('synced', this.handleLocalCopyLoaded)
    // y-indexeddb offers no error event; where IndexedDB cannot be opened (a locked-down profile, some private
    // windows) the header must not promise that changes are kept locally.
    this.localCopy?._db.catch((error: unknown) => {
      console.error('could not open the local copy of the document', error)
      this.update({ keepsLocalCopy: false })
    })
    this.provider = new WebsocketProvider(serverUrl, documentId, this.ydoc, {
      connect: false,
      shouldReconnect: (event) => !finalCloseCodes.has(event.code),
    })
    this.provider.on('status', this.handleStatus)
    this.provider.on('sync', this.handleSync)
    this.provider.on('closed', this.handleClosed)
    this.provider.on('connection-close', this.handleConnectionClose)
    this.recovery = new ClientIdRecovery({
      ydoc: this.ydoc,
      provider: this.provider,
      loadServerState: () => fetchServerState(serverUrl, documentId),
      ownOrigins: this.localCopy ? [this.localCopy] : [],
      storeRebuiltState: (state) => this.storeRebuiltState(state),
      onRecovering: () => this.update({ connection: 'reconnecting', closedReason: closeCodeMessages[CloseCode.clientIdTaken] }),
      onRecovered: (state) => options.onRebuilt?.({ state, localCopyName: this.rebuiltCopyName }),
      onFailed: (error) => {
        console.error('could not move the changes to a fresh clientID, trying again', error)
        this.update({ connection: 'offline' })
      },
    })
    window.addEventListener('online', this.handleOnline)
    window.addEventListener('offline', this.handleOffline)
    if (navigator.onLine) {
      this.provider.connect()
    } else {
      this.reconnectWhenOnline = true
      this.update({ connection: 'offline' })
    }
  }

  /** Registers a listener for snapshot changes; returns the function that removes it. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current connection state; the same object until something changes. */
  getSnapshot = (): SessionSnapshot => this.snapshot

  /** Closes the connection and releases the document; the local copy stays in IndexedDB. */
  destroy(): void {
    window.removeEventListener('online', this.handleOnline)
    window.removeEventListener('offline', this.handleOffline)
    this.provider.off('status', this.handleStatus)
    this.provider.off('sync', this.handleSync)
    this.provider.off('closed', this.handleClosed)
    this.recovery.destroy()
    this.provider.destroy()
    this.localCopy?.off('synced', this.handleLocalCopyLoaded)
    // Closing the database waits for the writes already queued, so the last keystrokes are kept.
    if (!this.localCopyClosed) void this.localCopy?.destroy()
    this.ydoc.destroy()
    this.listeners.clear()
  }

  private handleStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') this.hasConnected = true
    this.update(status === 'connected' ? { connection: 'connected', closedReason: null } : { connection: this.connectionFor(status) })
  }

  private handleSync = (synced: boolean) => {
    if (synced) this.update({ synced: true })
  }

  private handleClosed = ({ code, reason }: { code: number; reason: string }) => {
    if (code === CloseCode.clientIdTaken) return
    if (code === CloseCode.unauthorized) window.dispatchEvent(new Event(unauthorizedEvent))
    if (localCopyRevokingCloseCodes.has(code)) this.discardLocalCopy()
    this.update({ connection: 'offline', closedReason: closeCodeMessages[code as CloseCodeValue] ?? (reason || 'Verbindung vom Server beendet') })
  }

  private handleConnectionClose = (event: CloseEvent | null) => {
    if (event?.code !== CloseCode.roleChanged) return
    this.update({ closedReason: closeCodeMessages[CloseCode.roleChanged] })
    window.dispatchEvent(new Event(accountChangedEvent))
  }

  private handleLocalCopyLoaded = () => {
    this.localCopyHasContent = this.ydoc.getXmlFragment(CONTENT_FRAGMENT).length > 0
    this.update({})
  }

  // An open socket can outlive the network for up to 30 seconds (the provider's silence timeout) and keeps
  // sending into the void meanwhile; when the browser knows it is offline, the socket is closed at once.
  private handleOffline = () => {
    if (this.provider.shouldConnect) {
      this.reconnectWhenOnline = true
      this.provider.disconnect()
    }
    this.update({ connection: 'offline' })
  }

  private handleOnline = () => {
    if (this.recovery.isRecovering) return
    if (this.reconnectWhenOnline) {
      this.reconnectWhenOnline = false
      this.provider.wsUnsuccessfulReconnects = 0
      this.provider.connect()
    }
    this.update({ connection: this.connectionFor(this.provider.wsconnected ? 'connected' : 'connecting') })
  }

  // The old copy holds the changes under the taken clientID: it is rewritten, never merely reopened, or it
  // would send them a second time.
  private async storeRebuiltState(state: Uint8Array): Promise<void> {
    const name = this.localCopyName
    if (!this.localCopy || name === null || !this.snapshot.keepsLocalCopy) return
    try {
      if (!this.localCopyClosed) {
        this.localCopyClosed = true
        this.localCopy.off('synced', this.handleLocalCopyLoaded)
        await this.localCopy.destroy()
      }
      await replaceLocalCopy(name, state)
      this.rebuiltCopyName = name
    } catch (error) {
      console.error('could not store the rebuilt document in the local copy, deleting it', error)
      this.rebuiltCopyName = null
      indexedDB.deleteDatabase(name)
    }
  }

  private discardLocalCopy() {
    if (!this.localCopy) return
    this.localCopy.off('synced', this.handleLocalCopyLoaded)
    this.localCopy.clearData().catch((error: unknown) => console.error('could not delete the local copy of the document', error))
    this.update({ keepsLocalCopy: false })
  }

  private connectionFor(status: 'connected' | 'disconnected' | 'connecting'): ConnectionState {
    if (status === 'connected') return 'connected'
    if (!navigator.onLine || !this.provider.shouldConnect) return 'offline'
    if (this.provider.wsUnsuccessfulReconnects >= attemptsBeforeOffline) return 'offline'
    return this.hasConnected ? 'reconnecting' : 'connecting'
  }

  private update(change: Partial<SessionSnapshot>) {
    const next = { ...this.snapshot, ...change }
    next.ready = next.ready || next.synced || (this.localCopyHasContent && next.keepsLocalCopy && next.connection === 'offline' && next.closedReason === null)
    const previous = this.snapshot
    if (
      next.connection === previous.connection &&
      next.synced === previous.synced &&
      next.closedReason === previous.closedReason &&
      next.keepsLocalCopy === previous.keepsLocalCopy &&
      next.ready === previous.ready
    ) {
      return
    }
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}
