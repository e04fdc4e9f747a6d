import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { WebsocketProvider } from 'y-websocket'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { projectRoot } from '../setup/projectRoot'
import type { BenchClient, YjsModule } from './BenchClient'
import type { ClientTarget } from './ClientTarget'

interface HocuspocusClientHandle {
  yjs: YjsModule
  ydoc: Y.Doc
  isSynced(): boolean
  onSynced(listener: () => void): void
  setCursor(position: number): void
  destroy(): void
}

interface HocuspocusClientModule {
  createHocuspocusClient(options: { url: string; documentName: string; token: string }): HocuspocusClientHandle
}

const hocuspocusClientPath = pathToFileURL(path.join(projectRoot, 'bench/peers/createHocuspocusClient.mjs')).href

/** A client on `documentId` through the server's own stock provider: y-websocket's, or Hocuspocus's. */
export async function createBenchClient(target: ClientTarget, documentId: string): Promise<BenchClient> {
  if (target.protocol === 'y-websocket') return createYWebsocketClient(target, documentId)
  // Loaded lazily (Node caches it) and by a computed path: it lives in bench/peers, which the type checker must not need.
  const { createHocuspocusClient } = (await import(hocuspocusClientPath)) as HocuspocusClientModule
  const handle = createHocuspocusClient({ url: target.url, documentName: documentId, token: target.token })
  return {
    yjs: handle.yjs,
    ydoc: handle.ydoc,
    setCursor: (position) => handle.setCursor(position),
    whenSynced: (timeoutMs) => waitUntil(handle.isSynced, (resolve) => handle.onSynced(resolve), timeoutMs, documentId),
    destroy: () => handle.destroy(),
  }
}

function createYWebsocketClient(target: ClientTarget, documentId: string): BenchClient {
  const ydoc = new Y.Doc()
  const provider = new WebsocketProvider(target.url, documentId, ydoc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token: target.token },
    disableBc: true,
  })
  return {
    yjs: Y,
    ydoc,
    setCursor: (position) => provider.awareness.setLocalStateField('cursor', { anchor: position, head: position }),
    whenSynced: (timeoutMs) =>
      waitUntil(
        () => provider.synced,
        (resolve) => provider.on('sync', (synced: boolean) => synced && resolve()),
        timeoutMs,
        documentId,
      ),
    destroy: () => {
      provider.destroy()
      ydoc.destroy()
    },
  }
}

function waitUntil(isDone: () => boolean, subscribe: (resolve: () => void) => void, timeoutMs: number, documentId: string): Promise<void> {
  if (isDone()) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client on ${documentId} did not sync within ${timeoutMs} ms`)), timeoutMs)
    subscribe(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}
