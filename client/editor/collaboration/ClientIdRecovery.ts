import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { CloseCode } from '../../../shared/collab/closeCodes'
import { createConceptYDoc } from '../../../shared/yjs/createConceptYDoc'
import { rekeyLocalChanges } from '../../../shared/yjs/rekeyLocalChanges'

// Own updates kept one by one before they are merged into one, so that typing does not keep a list per keystroke.
const updatesBeforeMerging = 100
const maxRetryDelayMs = 30_000

export interface ClientIdRecoveryOptions {
  ydoc: Y.Doc
  provider: WebsocketProvider
  /** Reads the server's current state through a connection of its own (see `fetchServerState`). */
  loadServerState: () => Promise<Uint8Array>
  /** Origins of transactions that are not local but carry this browser's own writing: loading the local copy. */
  ownOrigins?: readonly unknown[]
  /** Keeps the rebuilt state (in the local copy) before the document is replaced; may run more than once. */
  storeRebuiltState?: (state: Uint8Array) => Promise<void>
  /** The recovery has begun: the connection is closed for good, the changes are being moved. */
  onRecovering?: () => void
  /** Replace the document by one built from `state`: the server's state plus the moved changes. */
  onRecovered: (state: Uint8Array) => void
  /** An attempt failed (the server unreachable, the local copy not writable); another one follows. */
  onFailed?: (error: unknown) => void
}

/**
 * Watches one connection of a document for a clientID that another account took: the server closes with
 * `CloseCode.clientIdTaken` when it refuses our items, and when the squatter wrote further than we did,
 * the server's items extend our own clientID (Yjs then switches to another one). Either way the document
 * is given up: its changes the server does not hold are moved to fresh clientIDs on top of the server's
 * state (`rekeyLocalChanges`), and `onRecovered` hands over that state for a new document and connection.
 *
 * What the server sends after a clientID was taken names the squatter's items by our ids, so its delete
 * set would delete our own text; the changes are therefore taken from what this browser held when the
 * connection opened plus what it wrote itself since.
 */
export class ClientIdRecovery {
  private authoredBase: Uint8Array
  private authoredUpdates: Uint8Array[] = []
  private recovering = false
  private destroyed = false
  private authoredDuringStore = false
  private retryTimer: ReturnType<typeof setTimeout> | null = null

  constructor(private readonly options: ClientIdRecoveryOptions) {
    this.authoredBase = Y.encodeStateAsUpdate(options.ydoc)
    options.provider.on('status', this.handleStatus)
    options.provider.on('closed', this.handleClosed)
    options.ydoc.on('update', this.handleUpdate)
    options.ydoc.on('afterTransaction', this.handleTransaction)
  }

  /** True from the moment a taken clientID was noticed. */
  get isRecovering(): boolean {
    return this.recovering
  }

  destroy(): void {
    this.destroyed = true
    if (this.retryTimer !== null) clearTimeout(this.retryTimer)
    this.options.provider.off('status', this.handleStatus)
    this.options.provider.off('closed', this.handleClosed)
    this.options.ydoc.off('update', this.handleUpdate)
    this.options.ydoc.off('afterTransaction', this.handleTransaction)
  }

  private handleStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status !== 'connected' || this.recovering) return
    this.authoredBase = Y.encodeStateAsUpdate(this.options.ydoc)
    this.authoredUpdates = []
  }

  private handleClosed = ({ code }: { code: number }) => {
    if (code === CloseCode.clientIdTaken) this.start()
  }

  private handleUpdate = (update: Uint8Array, origin: unknown, _ydoc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local && !this.options.ownOrigins?.includes(origin)) return
    this.authoredUpdates.push(update)
    if (this.authoredUpdates.length > updatesBeforeMerging) this.authoredUpdates = [Y.mergeUpdates(this.authoredUpdates)]
    if (this.recovering) this.authoredDuringStore = true
  }

  private handleTransaction = (transaction: Y.Transaction) => {
    const { clientID } = this.options.ydoc
    if (transaction.local || transaction.origin !== this.options.provider) return
    if (transaction.afterState.get(clientID) === transaction.beforeState.get(clientID)) return
    // Yjs switches to a new clientID right after this; y-websocket keys our presence by the old one and fails
    // to close the provider without it. The document is given up, so it may keep the old one.
    this.options.ydoc.once('afterTransactionCleanup', () => (this.options.ydoc.clientID = this.options.provider.awareness.clientID))
    this.start()
  }

  private start() {
    if (this.recovering || this.destroyed) return
    this.recovering = true
    // Nothing more may be sent under the taken clientID, nor be received on top of the squatter's items.
    this.options.provider.disconnect()
    this.options.onRecovering?.()
    void this.attempt(0)
  }

  private async attempt(failures: number): Promise<void> {
    try {
      const serverState = await this.options.loadServerState()
      let state: Uint8Array
      do {
        this.authoredDuringStore = false
        state = rebuildOnServerState(Y.mergeUpdates([this.authoredBase, ...this.authoredUpdates]), serverState)
        await this.options.storeRebuiltState?.(state)
      } while (this.authoredDuringStore && !this.destroyed)
      if (!this.destroyed) this.options.onRecovered(state)
    } catch (error) {
      if (this.destroyed) return
      this.options.onFailed?.(error)
      this.retryTimer = setTimeout(() => void this.attempt(failures + 1), Math.min(maxRetryDelayMs, 1000 * 2 ** failures))
    }
  }
}

function rebuildOnServerState(authored: Uint8Array, serverState: Uint8Array): Uint8Array {
  const rebuilt = createConceptYDoc()
  Y.applyUpdate(rebuilt, serverState)
  Y.applyUpdate(rebuilt, rekeyLocalChanges(authored, serverState))
  const state = Y.encodeStateAsUpdate(rebuilt)
  rebuilt.destroy()
  return state
}
