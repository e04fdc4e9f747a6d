import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import * as awarenessProtocol from 'y-protocols/awareness'
import { CloseCode } from '../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

type Role = 'anonymous' | 'reviewer' | 'editor' | 'admin' | 'outsider'

interface RouteCase {
  method: string
  path: (ids: { documentId: string; fassungId: string; threadId: string }) => string
  body?: () => unknown
  expected: Record<Role, number>
}

const everyone = (status: number): Record<Role, number> => ({ anonymous: 401, reviewer: status, editor: status, admin: status, outsider: 404 })

describe('access matrix: every role × every API route and websocket message type', () => {
  let server: TestServer
  const accounts = {} as Record<Exclude<Role, 'anonymous'>, SignedIn>
  const ids = { documentId: '', fassungId: '', threadId: '' }
  let observer: TestClient
  // A reset ends the account's sessions, so it is tried on an account no other case signs in with.
  let resetTargetId = ''

  const routes: RouteCase[] = [
    { method: 'GET', path: () => '/api/health', expected: { anonymous: 200, reviewer: 200, editor: 200, admin: 200, outsider: 200 } },
    // Signed out is an answer (`{user: null}`), not an error: the app asks before every sign-in.
    { method: 'GET', path: () => '/api/session', expected: { ...everyone(200), anonymous: 200, outsider: 200 } },
    { method: 'GET', path: () => '/api/users', expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'POST', path: () => '/api/users', body: () => ({ username: `u${Math.random().toString(36).slice(2, 8)}`, password: 'lang-genug-1', name: 'N', department: 'D', role: 'editor' }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 201, outsider: 403 } },
    { method: 'PATCH', path: () => `/api/users/${accounts.reviewer?.user.id ?? ':id'}`, body: () => ({ name: 'Rolf Review' }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'PUT', path: () => `/api/users/${resetTargetId || ':id'}/password`, body: () => ({ password: 'neues-kennwort-fuer-den-test' }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'GET', path: () => '/api/departments', expected: { ...everyone(200), outsider: 200 } },
    { method: 'POST', path: () => '/api/departments', body: () => ({ name: `Fachdienst ${Math.random().toString(36).slice(2, 8)}` }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 201, outsider: 403 } },
    { method: 'PATCH', path: () => '/api/departments', body: () => ({ from: 'AFS', to: 'AFS' }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'GET', path: () => '/api/documents', expected: { ...everyone(200), outsider: 200 } },
    { method: 'POST', path: () => '/api/documents', body: () => ({ title: 'Matrix' }), expected: { anonymous: 401, reviewer: 403, editor: 201, admin: 201, outsider: 201 } },
    { method: 'POST', path: () => '/api/documents/import', body: () => ({ text: '1 Einleitung\n\nText.' }), expected: { anonymous: 401, reviewer: 403, editor: 201, admin: 201, outsider: 201 } },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/access`, expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'PUT', path: ({ documentId }) => `/api/documents/${documentId}/access`, body: () => ({ userIds: [accounts.reviewer.user.id, accounts.editor.user.id] }), expected: { anonymous: 401, reviewer: 403, editor: 403, admin: 200, outsider: 403 } },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/history`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/metadata`, expected: everyone(200) },
    { method: 'PUT', path: ({ documentId }) => `/api/documents/${documentId}/metadata`, body: () => ({ cover: { vorlageNummer: 'VO/1' } }), expected: { anonymous: 401, reviewer: 403, editor: 200, admin: 200, outsider: 404 } },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/fassungen`, expected: everyone(200) },
    { method: 'POST', path: ({ documentId }) => `/api/documents/${documentId}/fassungen`, body: () => ({ name: 'F', gremium: 'AFS', date: '2019-03-21', status: 'Entwurf' }), expected: { anonymous: 401, reviewer: 403, editor: 201, admin: 201, outsider: 404 } },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/versions/draft`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId, fassungId }) => `/api/documents/${documentId}/compare?from=${fassungId}`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/decisions`, expected: everyone(200) },
    { method: 'POST', path: ({ documentId }) => `/api/documents/${documentId}/decisions`, body: () => ({ from: ids.fassungId, decision: 'accept', all: true }), expected: { anonymous: 401, reviewer: 403, editor: 400, admin: 400, outsider: 404 } },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/export?kind=concept&format=html&version=draft`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId, fassungId }) => `/api/documents/${documentId}/export?kind=synopse&format=html&from=${fassungId}&version=draft`, expected: everyone(200) },
    { method: 'GET', path: ({ documentId }) => `/api/documents/${documentId}/comments`, expected: everyone(200) },
    { method: 'POST', path: ({ documentId }) => `/api/documents/${documentId}/comments`, body: () => ({ anchor: { blockId: null }, body: 'Anmerkung' }), expected: { ...everyone(201) } },
    { method: 'POST', path: ({ documentId, threadId }) => `/api/documents/${documentId}/comments/${threadId}/replies`, body: () => ({ body: 'Antwort' }), expected: everyone(201) },
    { method: 'PUT', path: ({ documentId, threadId }) => `/api/documents/${documentId}/comments/${threadId}/resolved`, body: () => ({ resolved: true }), expected: everyone(200) },
  ]

  beforeAll(async () => {
    server = await createTestServer()
    accounts.admin = await signInAsAdmin(server)
    accounts.editor = await createAccount(server, accounts.admin, { username: 'editor', name: 'Eva Editor', department: 'Fachdienst Zuwanderung', role: 'editor' })
    accounts.reviewer = await createAccount(server, accounts.admin, { username: 'reviewer', name: 'Rolf Review', department: 'AFS', role: 'reviewer' })
    resetTargetId = (await createAccount(server, accounts.admin, { username: 'zuruecksetzen', name: 'Zoe Zurück', department: 'AFS', role: 'editor' })).user.id
    accounts.outsider = await createAccount(server, accounts.admin, { username: 'outsider', name: 'Otto Außen', department: 'Nachbarkreis', role: 'editor' })
    ids.documentId = await createDocument(server, accounts.editor, 'Matrix')
    await callApi(server, accounts.admin.token, 'PUT', `/api/documents/${ids.documentId}/access`, { userIds: [accounts.reviewer.user.id, accounts.editor.user.id] })
    const fassung = await callApi(server, accounts.editor.token, 'POST', `/api/documents/${ids.documentId}/fassungen`, { name: 'A', gremium: 'AFS', date: '2019-03-21', status: 'Entwurf' })
    ids.fassungId = ((await fassung.json()) as { id: string }).id
    const thread = await callApi(server, accounts.reviewer.token, 'POST', `/api/documents/${ids.documentId}/comments`, { anchor: { blockId: null }, body: 'Start' })
    ids.threadId = ((await thread.json()) as { thread: { id: string } }).thread.id
    observer = createTestClient(server.wsUrl, ids.documentId, { params: { token: accounts.admin.token } })
    await waitForSync(observer.provider)
  })

  afterAll(async () => {
    observer.destroy()
    await server.cleanup()
  })

  for (const route of routes) {
    for (const role of ['anonymous', 'reviewer', 'editor', 'admin', 'outsider'] as const) {
      it(`${route.method} ${route.path({ documentId: ':id', fassungId: ':fassung', threadId: ':thread' })} as ${role} → ${route.expected[role]}`, async () => {
        const token = role === 'anonymous' ? null : accounts[role].token
        const response = await callApi(server, token, route.method, route.path(ids), route.body?.())
        expect(response.status, await response.clone().text()).toBe(route.expected[role])
        if (response.status >= 400) expect(((await response.json()) as { error: string }).error).toBeTruthy()
      })
    }
  }

  const rawSocket = (token: string | null) => new WebSocket(`${server.wsUrl}/${ids.documentId}${token ? `?token=${token}` : ''}`)

  it('closes the websocket of anonymous and outsider accounts before any document data, for every message type', async () => {
    for (const token of [null, accounts.outsider.token]) {
      const socket = rawSocket(token)
      let received = 0
      socket.on('message', () => (received += 1))
      socket.on('open', () => {
        for (const message of [[0, 0, 0], [0, 2, 0], [1, 0], [3]]) socket.send(new Uint8Array(message))
      })
      const code = await new Promise<number>((resolve) => socket.on('close', (closeCode) => resolve(closeCode)))
      expect(code).toBe(token ? CloseCode.forbidden : CloseCode.unauthorized)
      expect(received).toBe(0)
    }
  })

  it('lets a reviewer sync, query and show presence, but never write', async () => {
    const reviewer = createTestClient(server.wsUrl, ids.documentId, { params: { token: accounts.reviewer.token } })
    await waitForSync(reviewer.provider)
    reviewer.provider.awareness.setLocalStateField('user', { name: 'Vorsitz', color: '#333333' })
    await waitFor(() => observer.provider.awareness.getStates().has(reviewer.ydoc.clientID), 'reviewer presence arrives')
    const presence = observer.provider.awareness.getStates().get(reviewer.ydoc.clientID) as { user: { name: string; canWrite: boolean } }
    expect(presence.user).toMatchObject({ name: 'Rolf Review', canWrite: false })

    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Ausschuss schreibt')])
    reviewer.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([paragraph])
    const editorClient = createTestClient(server.wsUrl, ids.documentId, { params: { token: accounts.editor.token } })
    await waitForSync(editorClient.provider)
    const marker = new Y.XmlElement('paragraph')
    marker.insert(0, [new Y.XmlText('Fachdienst schreibt')])
    editorClient.ydoc.getXmlFragment(CONTENT_FRAGMENT).push([marker])
    await waitFor(() => observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString().includes('Fachdienst schreibt'), 'editor write arrives')
    expect(observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).not.toContain('Ausschuss schreibt')

    // A reviewer cannot take over someone else's presence either.
    const socket = rawSocket(accounts.reviewer.token)
    await new Promise((resolve) => socket.on('open', resolve))
    const spoof = new awarenessProtocol.Awareness(new Y.Doc())
    spoof.clientID = editorClient.ydoc.clientID
    spoof.setLocalState({ user: { name: 'Eva Editor' }, cursor: null })
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(spoof, [editorClient.ydoc.clientID], new Map([[editorClient.ydoc.clientID, { clock: 999, lastUpdated: 0 }]])))
    socket.send(encoding.toUint8Array(encoder))
    await new Promise((resolve) => setTimeout(resolve, 200))
    const editorPresence = observer.provider.awareness.getStates().get(editorClient.ydoc.clientID) as { user?: { name: string } } | undefined
    expect(editorPresence?.user?.name).not.toBe('Rolf Review')
    socket.close()
    reviewer.destroy()
    editorClient.destroy()
  })
})
