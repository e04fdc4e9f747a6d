import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { CloseCode, closeCodeMessages, type CloseCodeValue } from '../../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { unauthorizedEvent } from '../../api/unauthorizedEvent'
import type { ConnectionState, SessionSnapshot } from './ConnectionState'

// After this many failed attempts in a row (about eight seconds with the provider's back-off) the server counts as unreachable.
const attemptsBeforeOffline = 6

// Reconnecting cannot help with these; a timeout, a rate limit or a storage failure may pass.
const finalCloseCodes: ReadonlySet<number> = new Set([CloseCode.malformedMessage, CloseCode.unauthorized, CloseCode.forbidden, CloseCode.documentNotFound])

// After these the account may no longer see the document, so its copy in this browser goes too.
const localCopyRevokingCloseCodes: ReadonlySet<number> = new Set([CloseCode.forbidden, CloseCode.documentNotFound])

export interface CollaborationSessionOptions {
  /**
   * The IndexedDB database (see `localCopyName`) in which this browser keeps the document, offline edits
   * included; they are merged with the server's copy on the next connection. Null keeps nothing locally.
   */
  localCopyName: string | null
}

/**
 * One open document: its Y.Doc, the websocket provider that syncs it with the server and, for people who
 * may write, a copy in IndexedDB. Exposes the connection state as an external store (`subscribe` /
 * `getSnapshot`) for React.
 */
export class CollaborationSession {
  readonly documentId: string
  readonly ydoc: Y.Doc
  readonly provider: WebsocketProvider
  private readonly localCopy: IndexeddbPersistence | null
  private snapshot: SessionSnapshot
  private hasConnected = false
  private localCopyHasContent = false
  private reconnectWhenOnline = false
  private readonly listeners = new Set<() => void>()

  constructor(documentId: string, serverUrl: string, options: CollaborationSessionOptions = { localCopyName: null }) {
    this.documentId = documentId
    this.ydoc = createConceptYDoc()
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
    this.provider.destroy()
    this.localCopy?.off('synced', this.handleLocalCopyLoaded)
    // Closing the database waits for the writes already queued, so the last keystrokes are kept.
    void this.localCopy?.destroy()
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
    if (code === CloseCode.unauthorized) window.dispatchEvent(new Event(unauthorizedEvent))
    if (localCopyRevokingCloseCodes.has(code)) this.discardLocalCopy()
    this.update({ connection: 'offline', closedReason: closeCodeMessages[code as CloseCodeValue] ?? (reason || 'Verbindung vom Server beendet') })
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
    if (this.reconnectWhenOnline) {
      this.reconnectWhenOnline = false
      this.provider.wsUnsuccessfulReconnects = 0
      this.provider.connect()
    }
    this.update({ connection: this.connectionFor(this.provider.wsconnected ? 'connected' : 'connecting') })
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
