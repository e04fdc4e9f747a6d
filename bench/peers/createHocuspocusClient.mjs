// A Hocuspocus client for the load generator: the stock HocuspocusProvider with its own websocket (no
// multiplexing), built from this package's yjs so that the document, the provider and the awareness share
// one Yjs instance. The load generator gets that Yjs module back to build content with.
import * as Y from 'yjs'
import WebSocket from 'ws'
import { HocuspocusProvider } from '@hocuspocus/provider'

/**
 * @param {{ url: string, documentName: string, token: string }} options
 */
export function createHocuspocusClient({ url, documentName, token }) {
  const ydoc = new Y.Doc()
  const provider = new HocuspocusProvider({ url, name: documentName, document: ydoc, token, WebSocketPolyfill: WebSocket })
  return {
    yjs: Y,
    ydoc,
    isSynced: () => provider.isSynced,
    onSynced: (listener) => provider.on('synced', listener),
    setCursor: (position) => provider.setAwarenessField('cursor', { anchor: position, head: position }),
    destroy: () => {
      provider.destroy()
      ydoc.destroy()
    },
  }
}
