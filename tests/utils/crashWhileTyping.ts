import * as Y from 'yjs'
import { expect } from 'vitest'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from './createTestClient'
import type { TestServer } from './createTestServer'
import { startServerProcess, type ServerProcess } from './startServerProcess'
import { createDocument, signInAsAdmin } from './testAccounts'

/** True if `container` holds every item `contained` has. */
function containsState(container: Y.Doc, contained: Y.Doc): boolean {
  const have = Y.decodeStateVector(Y.encodeStateVector(container))
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(contained))) {
    if ((have.get(client) ?? 0) < clock) return false
  }
  return true
}

/**
 * Starts the server as a process, lets one client type while another watches, kills the server with
 * SIGKILL mid-typing, restarts it on the same storage and checks that every update the watcher had
 * received is in the reloaded document. Started processes and clients are pushed to the given lists
 * so that the caller's cleanup stops them.
 */
export async function crashWhileTyping(options: {
  dataDirectory: string
  environment?: Record<string, string>
  processes: ServerProcess[]
  clients: TestClient[]
  afterCrash?: () => Promise<void>
}): Promise<void> {
  const first = await startServerProcess(options.dataDirectory, options.environment)
  options.processes.push(first)
  const asTestServer = first as unknown as TestServer
  const admin = await signInAsAdmin(asTestServer)
  const documentId = await createDocument(asTestServer, admin, 'Absturztest')

  const typist = createTestClient(first.wsUrl, documentId, { params: { token: admin.token } })
  const observer = createTestClient(first.wsUrl, documentId, { params: { token: admin.token } })
  options.clients.push(typist, observer)
  await Promise.all([waitForSync(typist.provider), waitForSync(observer.provider)])

  const paragraph = new Y.XmlElement('paragraph')
  const textNode = new Y.XmlText('')
  paragraph.insert(0, [textNode])
  typist.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
  let typed = 0
  const typing = setInterval(() => {
    textNode.insert(textNode.length, `Wort${typed} `)
    typed += 1
  }, 5)
  try {
    await waitFor(() => observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes('Wort150 '), 'observer has received a good part of the typing')
    await first.kill('SIGKILL')
  } finally {
    clearInterval(typing)
  }

  // What the observer had received at the moment of the crash.
  const received = new Y.Doc({ gc: false })
  Y.applyUpdate(received, Y.encodeStateAsUpdate(observer.ydoc))
  typist.destroy()
  observer.destroy()
  await options.afterCrash?.()

  const second = await startServerProcess(options.dataDirectory, options.environment)
  options.processes.push(second)
  // The session is stored too, so the same token still works after the restart.
  const reader = createTestClient(second.wsUrl, documentId, { params: { token: admin.token } })
  options.clients.push(reader)
  await waitForSync(reader.provider)
  expect(containsState(reader.ydoc, received)).toBe(true)
  // Typing only appended, so what the observer saw is a prefix of what the restarted server has.
  const receivedText = received.getXmlFragment(CONTENT_FRAGMENT).toString().replace(/<\/paragraph>$/, '')
  expect(reader.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().startsWith(receivedText)).toBe(true)
}
