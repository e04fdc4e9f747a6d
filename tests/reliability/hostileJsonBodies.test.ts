import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { callApi, createAccount, createDocument, signInAsAdmin, testPasswordFor, type SignedIn } from '../utils/testAccounts'

/** A state-changing route of the README's API table, with a body it accepts. */
interface JsonRoute {
  method: string
  path: () => string
  valid: () => Record<string, unknown>
  /** Fields in which a long text is legitimate (a whole concept to import) or shortened (a comment's quote). */
  freeText?: string[]
  /** Optional fields for which null means "not given". */
  nullable?: string[]
  /** Nested objects whose fields get the same treatment. */
  nested?: string[]
}

interface HostileCase {
  label: string
  body: Uint8Array | string
  contentType: string | null
  /** A long text where long texts are content: must not fail with 5xx, may succeed. */
  mayBeAccepted?: boolean
}

/**
 * One request on a connection of its own: a route may answer before reading a large body, and the server
 * then closes the connection, which a reused keep-alive connection would report as a network error.
 */
function sendRaw(url: string, method: string, headers: Record<string, string>, body: Uint8Array | string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    let answered = false
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      answered = true
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
      response.on('error', reject)
    })
    // The server may answer and close before the whole body is sent.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
    request.on('close', () => (answered ? undefined : reject(new Error('the connection closed without an answer'))))
    request.end(body)
  })
}

const wrongValues: unknown[] = [null, 0, -1, 4.5, 1e308, true, false, '', 'text', [], [1, 'a'], [null], [{}], {}, { nested: { deeper: true } }]
const hugeString = 'x'.repeat(1_000_000)
const deepObject = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`
const deepArray = `${'['.repeat(200_000)}${']'.repeat(200_000)}`

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}

/** Every hostile body for one route: broken and non-object JSON, wrong types and huge texts in every field, prototype keys, invalid UTF-8. */
function hostileCases(route: JsonRoute): HostileCase[] {
  const json = 'application/json'
  const valid = route.valid()
  const cases: HostileCase[] = [
    ...['', 'kein JSON', '{', '{"a":', '{"a":1,}', "{'a':1}", 'NaN', '\u0000', '{"a":1}{"b":2}'].map((body) => ({ label: `not JSON ${JSON.stringify(body)}`, body, contentType: json })),
    ...['null', '[]', '[{}]', `[${JSON.stringify(valid)}]`, '0', '42', '-1.5', '"text"', 'true', 'false'].map((body) => ({ label: `JSON ${body.slice(0, 40)}`, body, contentType: json })),
    { label: 'deeply nested object', body: deepObject, contentType: json },
    { label: 'deeply nested array', body: deepArray, contentType: json },
    { label: 'deeply nested value in a valid body', body: JSON.stringify(valid).replace(/^\{/, `{"extra":${'['.repeat(1000)}${']'.repeat(1000)},`), contentType: json },
    { label: 'valid fields behind __proto__', body: `{"__proto__":${JSON.stringify(valid)}}`, contentType: json },
    { label: 'valid fields behind constructor.prototype', body: `{"constructor":{"prototype":${JSON.stringify(valid)}}}`, contentType: json },
    { label: 'invalid UTF-8', body: Buffer.concat([Buffer.from('{"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from(`":1,${JSON.stringify(valid).slice(1)}`)]), contentType: json },
    { label: 'lone surrogate bytes', body: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(`",${JSON.stringify(valid).slice(1)}`)]), contentType: json },
    { label: 'valid JSON as text/plain (a cross-site form)', body: JSON.stringify(valid), contentType: 'text/plain' },
    { label: 'valid JSON as a urlencoded form', body: JSON.stringify(valid), contentType: 'application/x-www-form-urlencoded' },
    { label: 'valid JSON without a content type', body: JSON.stringify(valid), contentType: null },
  ]
  const fieldsOf = (object: Record<string, unknown>, prefix: string[]): { path: string[]; value: unknown }[] =>
    Object.entries(object).flatMap(([key, value]) => [
      { path: [...prefix, key], value },
      ...(route.nested?.includes(key) && typeOf(value) === 'object' ? fieldsOf(value as Record<string, unknown>, [...prefix, key]) : []),
    ])
  for (const { path, value } of fieldsOf(valid, [])) {
    const name = path.join('.')
    const withField = (replacement: unknown) => {
      const body = structuredClone(valid)
      let target = body
      for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>
      target[path.at(-1)!] = replacement
      return JSON.stringify(body)
    }
    for (const wrong of wrongValues) {
      if (typeOf(wrong) === typeOf(value) && !(Array.isArray(value) && Array.isArray(wrong) && wrong.length > 0)) continue
      if (wrong === null && route.nullable?.includes(name)) continue
      cases.push({ label: `${name} = ${JSON.stringify(wrong)}`, body: withField(wrong), contentType: json })
    }
    if (typeof value === 'string') cases.push({ label: `${name} = a 1,000,000-character text`, body: withField(hugeString), contentType: json, mayBeAccepted: route.freeText?.includes(name) ?? false })
    if (Array.isArray(value)) cases.push({ label: `${name} = 20,000 entries`, body: withField(Array.from({ length: 20_000 }, (_, index) => `eintrag-${index}`)), contentType: json })
  }
  return cases
}

describe('hostile JSON bodies: every state-changing route answers 4xx with a German message, never 5xx', () => {
  let server: TestServer
  let admin: SignedIn
  let editor: SignedIn
  let target: SignedIn
  const ids = { documentId: '', fassungId: '', threadId: '' }
  let usernameCounter = 0

  const routes: Record<string, JsonRoute> = {
    'POST /api/session': { method: 'POST', path: () => '/api/session', valid: () => ({ username: 'zielkonto', password: testPasswordFor('zielkonto') }) },
    'POST /api/users': {
      method: 'POST',
      path: () => '/api/users',
      valid: () => ({ username: `neu-${(usernameCounter += 1)}`, password: 'ein-langes-passwort-7', name: 'Neu', department: 'Fachdienst', role: 'editor' }),
    },
    'PATCH /api/users/:id': { method: 'PATCH', path: () => `/api/users/${target.user.id}`, valid: () => ({ name: 'Ziel', department: 'Fachdienst Ziel', role: 'editor', active: true }) },
    'POST /api/documents': { method: 'POST', path: () => '/api/documents', valid: () => ({ title: 'Feindlich' }) },
    'POST /api/documents/import': { method: 'POST', path: () => '/api/documents/import', valid: () => ({ text: '1 Einleitung\n\nText.', title: 'Import' }), freeText: ['text'], nullable: ['title'] },
    'PUT /api/documents/:id/access': { method: 'PUT', path: () => `/api/documents/${ids.documentId}/access`, valid: () => ({ userIds: [editor.user.id] }) },
    'PUT /api/documents/:id/metadata': {
      method: 'PUT',
      path: () => `/api/documents/${ids.documentId}/metadata`,
      valid: () => ({ beratungsfolge: [{ datum: '2025-01-01', gremium: 'Sozialausschuss', zustaendigkeit: 'Vorberatung' }], cover: { vorlageNummer: 'VO/1', oeffentlich: true, anlagen: ['Anlage 1'] } }),
      nested: ['cover'],
    },
    'POST /api/documents/:id/fassungen': {
      method: 'POST',
      path: () => `/api/documents/${ids.documentId}/fassungen`,
      valid: () => ({ name: 'Fassung', gremium: 'AFS', date: '2025-01-01', status: 'Entwurf', beratungsfolgeId: null }),
      nullable: ['beratungsfolgeId'],
    },
    'POST /api/documents/:id/decisions': { method: 'POST', path: () => `/api/documents/${ids.documentId}/decisions`, valid: () => ({ from: ids.fassungId, decision: 'accept', all: true }) },
    'POST /api/documents/:id/comments': {
      method: 'POST',
      path: () => `/api/documents/${ids.documentId}/comments`,
      valid: () => ({ anchor: { blockId: 'block-1', changeId: 'change-1', quote: 'Zitat' }, body: 'Anmerkung' }),
      nested: ['anchor'],
      freeText: ['anchor.quote'],
      nullable: ['anchor.blockId', 'anchor.changeId', 'anchor.quote'],
    },
    'POST /api/documents/:id/comments/:thread/replies': { method: 'POST', path: () => `/api/documents/${ids.documentId}/comments/${ids.threadId}/replies`, valid: () => ({ body: 'Antwort' }) },
    'PUT /api/documents/:id/comments/:thread/resolved': { method: 'PUT', path: () => `/api/documents/${ids.documentId}/comments/${ids.threadId}/resolved`, valid: () => ({ resolved: true }) },
  }

  beforeAll(async () => {
    server = await createTestServer()
    admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'editor', name: 'Eva Editor', department: 'Fachdienst Zuwanderung', role: 'editor' })
    target = await createAccount(server, admin, { username: 'zielperson', name: 'Ziel', department: 'Fachdienst Ziel', role: 'editor' })
    await createAccount(server, admin, { username: 'zielkonto', name: 'Zielkonto', department: 'Fachdienst Ziel', role: 'editor' })
    ids.documentId = await createDocument(server, editor, 'Feindliche Eingaben')
    const fassung = await callApi(server, editor.token, 'POST', `/api/documents/${ids.documentId}/fassungen`, { name: 'A', gremium: 'AFS', date: '2025-01-01', status: 'Entwurf' })
    ids.fassungId = ((await fassung.json()) as { id: string }).id
    const thread = await callApi(server, editor.token, 'POST', `/api/documents/${ids.documentId}/comments`, { anchor: { blockId: null }, body: 'Start' })
    ids.threadId = ((await thread.json()) as { thread: { id: string } }).thread.id
  })

  afterAll(async () => {
    await server.cleanup()
  })

  async function send(route: JsonRoute, hostile: HostileCase): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = { authorization: `Bearer ${admin.token}` }
    if (hostile.contentType) headers['content-type'] = hostile.contentType
    return sendRaw(`${server.url}${route.path()}`, route.method, headers, hostile.body)
  }

  for (const [name, route] of Object.entries(routes)) {
    it(`${name}: the valid body is accepted, every hostile one refused with 4xx and {error}`, async () => {
      // The valid body must pass, or the hostile ones would only show that the route refuses everything.
      const accepted = await send(route, { label: 'valid', body: JSON.stringify(route.valid()), contentType: 'application/json' })
      if (name.includes('decisions')) expect(accepted.status, accepted.text).toBe(400)
      else expect(accepted.status, accepted.text).toBeLessThan(300)

      const failures: string[] = []
      for (const hostile of hostileCases(route)) {
        const { status, text } = await send(route, hostile)
        if (hostile.mayBeAccepted && status < 300) continue
        let error: unknown
        try {
          error = (JSON.parse(text) as { error?: unknown }).error
        } catch {
          error = undefined
        }
        if (status < 400 || status >= 500 || typeof error !== 'string' || error.length === 0) failures.push(`${hostile.label} → ${status} ${text.slice(0, 120)}`)
      }
      expect(failures).toEqual([])
    })
  }

  it('POST /api/documents/import-docx refuses every hostile body with 4xx and {error}', async () => {
    const failures: string[] = []
    const bodies: (string | Uint8Array)[] = ['', 'kein Word', '{"a":1}', deepObject, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xff]), Buffer.from([0xc3, 0x28, 0xff])]
    for (const contentType of ['application/json', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream']) {
      for (const body of bodies) {
        const response = await sendRaw(`${server.url}/api/documents/import-docx`, 'POST', { authorization: `Bearer ${admin.token}`, 'content-type': contentType }, body)
        const text = response.text
        const error = (() => {
          try {
            return (JSON.parse(text) as { error?: unknown }).error
          } catch {
            return undefined
          }
        })()
        if (response.status < 400 || response.status >= 500 || typeof error !== 'string') failures.push(`${contentType} ${String(body).slice(0, 20)} → ${response.status} ${text.slice(0, 120)}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('answers a malformed percent-encoding in a path with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%ZZ', '/api/documents/%E0%A4%A']) {
      const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${admin.token}` } })
      expect(response.status, path).toBeGreaterThanOrEqual(400)
      expect(response.status, path).toBeLessThan(500)
    }
    expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400)
  })

  it('answers 400 for an access list naming an account that does not exist, and keeps the list', async () => {
    await callApi(server, admin.token, 'PUT', `/api/documents/${ids.documentId}/access`, { userIds: [editor.user.id] })
    const response = await callApi(server, admin.token, 'PUT', `/api/documents/${ids.documentId}/access`, { userIds: [editor.user.id, 'gibt-es-nicht'] })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toMatch(/Konto/)
    expect(await server.storage.accounts.getDocumentAccess(ids.documentId)).toEqual([editor.user.id])
  })

  it('caps comment anchors and bodies', async () => {
    const post = (anchor: unknown, body: string) => callApi(server, editor.token, 'POST', `/api/documents/${ids.documentId}/comments`, { anchor, body })
    expect((await post({ blockId: 'b'.repeat(9_000_000) }, 'Anmerkung')).status).toBe(400)
    expect((await post({ blockId: 'b'.repeat(201) }, 'Anmerkung')).status).toBe(400)
    expect((await post({ changeId: 'c'.repeat(2_001) }, 'Anmerkung')).status).toBe(400)
    const longest = await post({ blockId: 'b'.repeat(200), changeId: 'c'.repeat(2_000), quote: 'q'.repeat(9_000_000) }, 'Anmerkung')
    expect(longest.status).toBe(201)
    const { thread } = (await longest.json()) as { thread: { anchor: { quote: string } } }
    expect(thread.anchor.quote).toHaveLength(500)
    expect((await post({ blockId: null }, 'k'.repeat(20_001))).status).toBe(400)
  })
})
