import type * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import type { Logger } from '../logging/Logger'
import type { CollabDocument } from './CollabDocument'
import type { CollabSocket } from './CollabSocket'
import type { ConnectionIdentity } from './ConnectionIdentity'
import { receiveMessage } from './MessageReceiver'
import { ProtocolError } from './ProtocolError'
import { RateLimiter } from './RateLimiter'

export interface ConnectionLimits {
  maxMessageBytes: number
  /** A client that leaves more than this unread in its socket is closed: it reads slower than the document changes. */
  maxBufferedBytes: number
  /** Sync step 1 asks for the whole missing state; a client needs it once per connection, rarely again. */
  syncRequestsPerSecond: number
  syncRequestBurst: number
  messagesPerSecond: number
  messageBurst: number
  bytesPerSecond: number
  byteBurst: number
}

/** One client's socket on one document. Messages that arrive before the document is loaded wait in order. */
export class ClientConnection {
  readonly awarenessClientIds = new Set<number>()
  rejectedWrites = 0
  private document: CollabDocument | null = null
  private pendingMessages: Uint8Array[] = []
  private closed = false
  private released = false
  private answeredPing = true
  private readonly messageLimiter: RateLimiter
  private readonly byteLimiter: RateLimiter
  private readonly syncRequestLimiter: RateLimiter

  constructor(
    private readonly socket: CollabSocket,
    readonly documentId: string,
    readonly identity: ConnectionIdentity,
    private readonly limits: ConnectionLimits,
    private readonly logger: Logger,
    private readonly onClose: (connection: ClientConnection) => void,
  ) {
    this.messageLimiter = new RateLimiter(limits.messagesPerSecond, limits.messageBurst)
    this.byteLimiter = new RateLimiter(limits.bytesPerSecond, limits.byteBurst)
    this.syncRequestLimiter = new RateLimiter(limits.syncRequestsPerSecond, limits.syncRequestBurst)
  }

  get isClosed(): boolean {
    return this.closed
  }

  attach(document: CollabDocument): void {
    if (this.closed) return
    this.document = document
    document.addConnection(this)
    const pending = this.pendingMessages
    this.pendingMessages = []
    for (const message of pending) this.handleMessage(message)
  }

  handleMessage(message: Uint8Array): void {
    if (this.closed) return
    if (message.byteLength > this.limits.maxMessageBytes) {
      this.close(CloseCode.messageTooLarge, 'Nachricht zu groß')
      return
    }
    if (!this.messageLimiter.take() || !this.byteLimiter.take(message.byteLength)) {
      this.close(CloseCode.rateLimited, 'Zu viele Nachrichten')
      return
    }
    if (!this.document) {
      this.pendingMessages.push(message)
      return
    }
    try {
      receiveMessage(this.document, this, message)
    } catch (error) {
      if (error instanceof ProtocolError) {
        this.logger.warn('protocol violation, closing connection', { documentId: this.documentId, userId: this.identity.userId, reason: error.message })
        this.close(error.closeCode, error.message)
        return
      }
      this.logger.error('message handling failed', { documentId: this.documentId, userId: this.identity.userId, error })
      this.close(CloseCode.malformedMessage, 'Nachricht konnte nicht verarbeitet werden')
    }
  }

  /**
   * Applies a write if this connection may write, the document takes writes and accepts the update;
   * otherwise the update reaches neither the document, storage nor anyone else.
   */
  acceptWrite(decoded: ReturnType<typeof Y.decodeUpdate>, update: Uint8Array): void {
    const document = this.document
    if (!document) return
    if (!this.identity.canWrite) {
      this.rejectWrite('read-only connection')
      return
    }
    if (!document.acceptsWrites) {
      this.close(CloseCode.storageFailure, 'Speichern fehlgeschlagen')
      return
    }
    if (document.isBacklogFull) {
      // Not applied, so nothing is lost: the client keeps the update and sends it again after reconnecting.
      this.close(CloseCode.rateLimited, 'Server ausgelastet')
      return
    }
    const verdict = document.judgeUpdate(decoded, update, this.identity.userId)
    if (verdict.accepted) {
      document.applyClientUpdate(this, update, verdict)
      return
    }
    this.rejectWrite(`${verdict.problem}: ${verdict.detail}`)
    switch (verdict.problem) {
      case 'foreign-client':
        this.close(CloseCode.clientIdTaken, 'Fremde Client-ID')
        return
      case 'gap':
        // Another server instance may have stored what this one lacks: catch up, and let the client resend.
        void document.mergeFromStorage().catch((error: unknown) => this.logger.error('catching up from storage failed', { documentId: this.documentId, error }))
        this.close(CloseCode.outOfSync, 'Abgleich läuft')
        return
      case 'invalid':
        this.close(CloseCode.malformedMessage, 'Inhalt passt nicht zum Dokumentschema')
        return
      case 'too-large':
        this.close(CloseCode.messageTooLarge, 'Dokument zu groß')
        return
    }
  }

  /** From now on the connection only reads (its account's role changed); it keeps receiving what others write. */
  restrictToReading(): void {
    // The identity is this connection's own copy (CollaborationServer.openConnection makes it).
    this.identity.canWrite = false
  }

  private rejectWrite(reason: string) {
    this.rejectedWrites += 1
    this.logger.warn('rejected write', { documentId: this.documentId, userId: this.identity.userId, reason })
  }

  /** Takes one sync request from this connection's allowance; false means it asks too often and is closed. */
  takeSyncRequest(): boolean {
    if (this.syncRequestLimiter.take()) return true
    this.close(CloseCode.rateLimited, 'Zu viele Abgleichsanfragen')
    return false
  }

  send(message: Uint8Array): void {
    if (this.closed) return
    if (this.socket.bufferedBytes() > this.limits.maxBufferedBytes) {
      this.logger.warn('client reads too slowly, closing connection', { documentId: this.documentId, userId: this.identity.userId })
      this.close(CloseCode.timeout, 'Client liest nicht mit')
      return
    }
    try {
      this.socket.send(message)
    } catch (error) {
      this.logger.warn('send failed, closing connection', { documentId: this.documentId, error })
      this.close(CloseCode.timeout, 'Senden fehlgeschlagen')
    }
  }

  /** Called periodically: closes the connection if the previous probe went unanswered. */
  checkLiveness(): void {
    if (this.closed) return
    if (!this.answeredPing) {
      this.close(CloseCode.timeout, 'Keine Antwort auf Ping')
      return
    }
    this.answeredPing = false
    try {
      this.socket.ping()
    } catch {
      this.close(CloseCode.timeout, 'Ping fehlgeschlagen')
    }
  }

  handlePong(): void {
    this.answeredPing = true
  }

  close(code: number, reason: string): void {
    if (this.closed) return
    this.closed = true
    try {
      this.socket.close(code, reason)
    } catch (error) {
      this.logger.debug('closing socket failed', { error })
    }
    this.handleSocketClosed()
  }

  /** The transport calls this when the socket closed from the other side. */
  handleSocketClosed(): void {
    this.closed = true
    if (this.released) return
    this.released = true
    const document = this.document
    this.document = null
    this.pendingMessages = []
    if (document) document.removeConnection(this)
    this.onClose(this)
  }
}
