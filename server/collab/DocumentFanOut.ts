import type { RecheckScope } from './ConnectionAuthorization'

/** What one server instance passes on to the others about a document they have loaded too. */
export type FanOutMessage =
  /** A Yjs update this instance accepted and has already stored; `userId` is who wrote it (null: nobody in particular). */
  | { type: 'update'; update: Uint8Array; userId: string | null }
  /** An awareness update (y-protocols), already stamped with verified identities. */
  | { type: 'awareness'; update: Uint8Array }

export interface FanOutListener {
  /** A message another instance published for the document. */
  onMessage(message: FanOutMessage): void
  /** Messages may have been lost (a reconnect, a peer that could not publish): re-read the document from storage. */
  onResync(): void
}

/**
 * How several server instances behind one load balancer keep a document's loaded copies in step. Storage
 * stays the source of truth: every instance stores what its own clients send before publishing it, so
 * whatever the fan-out loses, a resync from storage recovers.
 */
export interface DocumentFanOut {
  /** Passes a message on to the other instances; never throws, and arranges a resync for them if it cannot deliver. */
  publish(documentId: string, message: FanOutMessage): void
  /**
   * Starts passing the document's messages from other instances to `listener`, replacing any previous
   * listener. Resolves once messages published from now on will arrive, or at once if the fan-out is
   * unavailable; then `onResync` follows when it is back.
   */
  subscribe(documentId: string, listener: FanOutListener): Promise<void>
  /** Stops passing the document's messages to `listener`; does nothing if another listener has replaced it. */
  unsubscribe(documentId: string, listener: FanOutListener): Promise<void>
  /** Asks every other instance to check its connections in `scope` again (a sign-out, an account or access change); never throws. */
  publishRecheck(scope: RecheckScope): void
  /**
   * Receives such requests from other instances, replacing any previous listener; also `{ all: true }` when
   * requests may have been lost (the fan-out was away).
   */
  onRecheck(listener: (scope: RecheckScope) => void): void
  close(): Promise<void>
}
