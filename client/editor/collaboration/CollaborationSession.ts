import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import { CloseCode, closeCodeMessages, type CloseCodeValue } from '../../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { unauthorizedEvent } from '../../api/unauthorizedEvent'
import type { ConnectionState, SessionSnapshot } from './ConnectionState'

// After this many failed attempts in a row (about eight seconds with the provider's back-off) the server counts as unreachable.
const attemptsBeforeOffline = 6

// Reconnecting cannot help with these; a timeout, a rate limit or a storage failure may pass.
const finalCloseCodes: ReadonlySet<number> = new Set([CloseCode.malformedMessage, CloseCode.unauthorized, CloseCode.forbidden, CloseCode.documentNotFound])

/**
 * One open document: its Y.Doc and the websocket provider that syncs it with the server. Exposes the
 * connection state as an external store (`subscribe` / `getSnapshot`) for React.
 */
export class CollaborationSession {
  readonly documentId: string
  readonly ydoc: Y.Doc
  readonly provider: WebsocketProvider
  private snapshot: SessionSnapshot = { connection: 'connecting', synced: false, closedReason: null }
  private hasConnected = false
  private readonly listeners = new Set<() => void>()

  constructor(documentId: string, serverUrl: string) {
    this.documentId = documentId
    this.ydoc = createConceptYDoc()
    this.provider = new WebsocketProvider(serverUrl, documentId, this.ydoc, {
      connect: false,
      shouldReconnect: (event) => !finalCloseCodes.has(event.code),
    })
    this.provider.on('status', this.handleStatus)
    this.provider.on('sync', this.handleSync)
    this.provider.on('closed', this.handleClosed)
    window.addEventListener('online', this.handleNetworkChange)
    window.addEventListener('offline', this.handleNetworkChange)
    this.provider.connect()
  }

  /** Registers a listener for snapshot changes; returns the function that removes it. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The current connection state; the same object until something changes. */
  getSnapshot = (): SessionSnapshot => this.snapshot

  /** Closes the connection and releases the document. */
  destroy(): void {
    window.removeEventListener('online', this.handleNetworkChange)
    window.removeEventListener('offline', this.handleNetworkChange)
    this.provider.off('status', this.handleStatus)
    this.provider.off('sync', this.handleSync)
    this.provider.off('closed', this.handleClosed)
    this.provider.destroy()
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
    this.update({ connection: 'offline', closedReason: closeCodeMessages[code as CloseCodeValue] ?? (reason || 'Verbindung vom Server beendet') })
  }

  private handleNetworkChange = () => {
    this.update({ connection: this.connectionFor(this.provider.wsconnected ? 'connected' : 'connecting') })
  }

  private connectionFor(status: 'connected' | 'disconnected' | 'connecting'): ConnectionState {
    if (status === 'connected') return 'connected'
    if (!navigator.onLine || !this.provider.shouldConnect) return 'offline'
    if (this.provider.wsUnsuccessfulReconnects >= attemptsBeforeOffline) return 'offline'
    return this.hasConnected ? 'reconnecting' : 'connecting'
  }

  private update(change: Partial<SessionSnapshot>) {
    const next = { ...this.snapshot, ...change }
    if (next.connection === this.snapshot.connection && next.synced === this.snapshot.synced && next.closedReason === this.snapshot.closedReason) return
    this.snapshot = next
    for (const listener of this.listeners) listener()
  }
}
