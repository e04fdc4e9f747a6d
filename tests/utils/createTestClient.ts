import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import type * as Y from 'yjs'
import { createConceptYDoc } from '../../shared/yjs/createConceptYDoc'

export interface TestClient {
  ydoc: Y.Doc
  provider: WebsocketProvider
  destroy(): void
}

/** The stock y-websocket provider, unchanged, in Node: exactly what any Yjs client would use. */
export function createTestClient(wsUrl: string, documentId: string, options: { params?: Record<string, string>; ydoc?: Y.Doc } = {}): TestClient {
  const ydoc = options.ydoc ?? createConceptYDoc()
  const provider = new WebsocketProvider(wsUrl, documentId, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: options.params ?? {},
    disableBc: true,
  })
  return {
    ydoc,
    provider,
    destroy() {
      provider.destroy()
      ydoc.destroy()
    },
  }
}

/** Resolves once the provider has completed its initial sync with the server. */
export function waitForSync(provider: WebsocketProvider, timeoutMs = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('provider did not sync in time')), timeoutMs)
    provider.once('sync', (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      resolve()
    })
  })
}

/** Polls `condition` until it holds; fails with `description` after the timeout. */
export async function waitFor(condition: () => boolean, description: string, timeoutMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for: ${description}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
