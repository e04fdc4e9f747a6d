import type * as Y from 'yjs'

/** The Yjs module a client's document belongs to (the peers' client library brings its own copy). */
export type YjsModule = typeof Y

/** One simulated collaborator: a document kept in sync with a server by that server's stock provider. */
export interface BenchClient {
  readonly yjs: YjsModule
  readonly ydoc: Y.Doc
  /** Publishes the caret position through awareness, as an editor does on every keystroke. */
  setCursor(position: number): void
  /** Resolves once the provider reports its first sync; rejects after `timeoutMs`. */
  whenSynced(timeoutMs: number): Promise<void>
  destroy(): void
}
