import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, testAdminPassword, type TestServer } from '../utils/createTestServer'
import { callApi, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const trustedOrigin = 'https://fassung-partner.example.test'

describe('cross-site request forgery: a page of another origin cannot act with the signed-in cookie', () => {
  let server: TestServer
  let admin: SignedIn
  let cookie: string

  beforeAll(async () => {
    server = await createTestServer({ allowedOrigins: [trustedOrigin] })
    admin = await signInAsAdmin(server)
    cookie = `fassung_session=${admin.token}`
  })

  afterAll(async () => {
    await server.cleanup()
  })

  /** What a browser sends for a request a page made: the cookie, plus whatever Origin and Sec-Fetch-Site it sets. */
  function browserRequest(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Response> {
    return fetch(`${server.url}${path}`, { method, headers: { cookie, ...headers }, body })
  }

  const newAccount = (username: string) => JSON.stringify({ username, password: 'ein-langes-passwort-7', name: 'Eindringling', department: 'Extern', role: 'admin' })

  async function accountExists(username: string): Promise<boolean> {
    const response = await callApi(server, admin.token, 'GET', '/api/users')
    return ((await response.json()) as { users: { username: string }[] }).users.some((user) => user.username === username)
  }

  it('refuses the text/plain form post of a sibling origin on the same site that created an admin account', async () => {
    const sibling = 'http://intranet.kreis.example.test'
    const response = await browserRequest('POST', '/api/users', { origin: sibling, 'sec-fetch-site': 'same-site', 'content-type': 'text/plain' }, newAccount('formular'))
    expect(response.status).toBe(403)
    expect(((await response.json()) as { error: string }).error).toMatch(/fremden/)
    expect(await accountExists('formular')).toBe(false)
  })

  it('refuses a foreign Origin even with a JSON body, for every state-changing method', async () => {
    const foreign = { origin: 'https://angreifer.example.test', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }
    expect((await browserRequest('POST', '/api/users', foreign, newAccount('fremd'))).status).toBe(403)
    expect(await accountExists('fremd')).toBe(false)
    expect((await browserRequest('POST', '/api/documents', foreign, JSON.stringify({ title: 'Fremd' }))).status).toBe(403)
    expect((await browserRequest('PATCH', `/api/users/${admin.user.id}`, foreign, JSON.stringify({ name: 'Fremd' }))).status).toBe(403)
    // Signing the admin out from another site would be a nuisance at least: the session must stay.
    expect((await browserRequest('DELETE', '/api/session', foreign)).status).toBe(403)
    expect((await callApi(server, admin.token, 'GET', '/api/session')).status).toBe(200)
  })

  it('refuses an opaque Origin (a sandboxed frame) and, without Origin, any Sec-Fetch-Site but same-origin or none', async () => {
    const json = { 'content-type': 'application/json' }
    expect((await browserRequest('POST', '/api/documents', { ...json, origin: 'null' }, JSON.stringify({ title: 'Null' }))).status).toBe(403)
    for (const site of ['same-site', 'cross-site']) {
      expect((await browserRequest('POST', '/api/documents', { ...json, 'sec-fetch-site': site }, JSON.stringify({ title: site }))).status, site).toBe(403)
    }
    for (const site of ['same-origin', 'none']) {
      expect((await browserRequest('POST', '/api/documents', { ...json, 'sec-fetch-site': site }, JSON.stringify({ title: site }))).status, site).toBe(201)
    }
  })

  it('lets the app itself through: its own origin, or one of ALLOWED_ORIGINS, with the cookie and JSON', async () => {
    const own = await browserRequest('POST', '/api/documents', { origin: server.url, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, JSON.stringify({ title: 'Eigen' }))
    expect(own.status).toBe(201)
    const configured = await browserRequest('POST', '/api/documents', { origin: trustedOrigin, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, JSON.stringify({ title: 'Partner' }))
    expect(configured.status).toBe(201)
    // Reads are not state-changing and stay open to the app's own pages as before.
    expect((await browserRequest('GET', '/api/documents', { origin: 'https://angreifer.example.test' })).status).toBe(200)
  })

  it('refuses the text/plain body even from the own origin: JSON routes take only application/json', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const response = await browserRequest('POST', '/api/users', { origin: server.url, 'content-type': contentType }, newAccount('eigenform'))
      expect(response.status, contentType).toBe(415)
      expect(((await response.json()) as { error: string }).error).toMatch(/application\/json/)
    }
    expect(await accountExists('eigenform')).toBe(false)
  })

  it('exempts bearer-token requests without a cookie from the Origin check, but not from the content type', async () => {
    const bearer = { authorization: `Bearer ${admin.token}`, origin: 'https://werkzeug.example.test' }
    const json = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { ...bearer, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Werkzeug' }) })
    expect(json.status).toBe(201)
    const text = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { ...bearer, 'content-type': 'text/plain' }, body: JSON.stringify({ title: 'Werkzeug' }) })
    expect(text.status).toBe(415)
    // A cookie beside the token: a browser could have attached it, so the Origin counts again.
    const withCookie = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { ...bearer, cookie, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Werkzeug' }) })
    expect(withCookie.status).toBe(403)
  })

  it('sets the session cookie HttpOnly and SameSite=Strict, and not Secure over plain HTTP', async () => {
    const response = await callApi(server, null, 'POST', '/api/session', { username: 'admin', password: testAdminPassword })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    expect(setCookie).not.toMatch(/Secure/)
    // Without TRUST_PROXY the header is anyone's to write: it changes nothing.
    const forged = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ username: 'admin', password: testAdminPassword }),
    })
    expect(forged.headers.get('set-cookie') ?? '').not.toMatch(/Secure/)
  })
})

describe('behind a TLS proxy (TRUST_PROXY=1)', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await createTestServer({ trustProxy: true })
  })

  afterAll(async () => {
    await server.cleanup()
  })

  it('gives the session cookie Secure when the proxy says the browser came over HTTPS', async () => {
    const signIn = (proto: string) =>
      fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto }, body: JSON.stringify({ username: 'admin', password: testAdminPassword }) })
    const secure = await signIn('https')
    expect(secure.status).toBe(200)
    expect(secure.headers.get('set-cookie') ?? '').toMatch(/;\s*Secure/)
    expect((await signIn('http')).headers.get('set-cookie') ?? '').not.toMatch(/Secure/)
  })
})
