import * as Y from 'yjs'

/** A client that types into a Y.Text and hands out each edit as an update, for storage-level tests. */
export function createTextWriter(clientId: number) {
  const ydoc = new Y.Doc({ gc: false })
  ydoc.clientID = clientId
  const text = ydoc.getText('text')
  const edit = (change: () => void): Uint8Array => {
    const before = Y.encodeStateVector(ydoc)
    change()
    return Y.encodeStateAsUpdate(ydoc, before)
  }
  return {
    ydoc,
    type: (content: string) => edit(() => text.insert(text.length, content)),
    erase: (index: number, length: number) => edit(() => text.delete(index, length)),
  }
}

/** The text a list of stored updates adds up to. */
export function readWrittenText(updates: readonly Uint8Array[]): string {
  const ydoc = new Y.Doc({ gc: false })
  for (const update of updates) Y.applyUpdate(ydoc, update)
  return ydoc.getText('text').toString()
}
