import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { startServerProcess } from '../utils/startServerProcess'
import { callApi, createAccount, signInAsAdmin, testPasswordFor, type SignedIn } from '../utils/testAccounts'

const minute = 60_000

describe('sign-in throttling: guesses against an account or from one address are slowed down (429 + Retry-After)', () => {
  let server: TestServer
  let admin: SignedIn
  // The server's throttle reads this clock, so the test moves time on instead of waiting.
  let clock = Date.now()

  const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) })

  async function expectThrottled(response: Response, retryAfterSeconds: number) {
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe(String(retryAfterSeconds))
    expect(((await response.json()) as { error: string }).error).toMatch(/Zu viele fehlgeschlagene Anmeldeversuche/)
  }

  beforeAll(async () => {
    server = await createTestServer({ signInThrottle: { baseDelayMs: minute, now: () => clock } })
    admin = await signInAsAdmin(server)
    for (const username of ['ziel', 'angreifer', 'kollegin', 'nachbar']) await createAccount(server, admin, { username, name: username, department: 'Fachdienst', role: 'editor' })
  })

  afterAll(async () => {
    await server.cleanup()
  })

  it('locks an account after five wrong passwords, even against the right one, and doubles the wait with every further failure', async () => {
    for (let failure = 1; failure <= 5; failure += 1) expect((await attempt('ziel', `falsch-${failure}`)).status).toBe(401)
    await expectThrottled(await attempt('ziel', testPasswordFor('ziel')), 60)
    // Other spellings of the name are the same account.
    await expectThrottled(await attempt('ZIEL', testPasswordFor('ziel')), 60)

    clock += minute + 1
    expect((await attempt('ziel', 'falsch-6')).status).toBe(401)
    await expectThrottled(await attempt('ziel', testPasswordFor('ziel')), 120)
    clock += 2 * minute + 1
    expect((await attempt('ziel', 'falsch-7')).status).toBe(401)
    await expectThrottled(await attempt('ziel', 'falsch-8'), 240)

    clock += 4 * minute + 1
    expect((await attempt('ziel', testPasswordFor('ziel'))).status).toBe(200)
    // The right password cleared the account's counter: the next typo is one typo, not the ninth failure.
    expect((await attempt('ziel', 'vertippt')).status).toBe(401)
    expect((await attempt('ziel', testPasswordFor('ziel'))).status).toBe(200)
  })

  it('slows down one address that tries many accounts, and its own successful sign-ins do not reset that', async () => {
    clock += 24 * 60 * minute
    const from = { 'x-forwarded-for': '203.0.113.7' }
    for (let failure = 1; failure <= 20; failure += 1) {
      expect((await attempt(`konto-${failure}`, 'passwort-raten', from)).status).toBe(401)
      // The attacker's own account, signed in between the guesses, with its right password.
      if (failure % 5 === 0 && failure < 20) expect((await attempt('angreifer', testPasswordFor('angreifer'), from)).status).toBe(200)
    }
    await expectThrottled(await attempt('kollegin', 'noch-ein-versuch', from), 60)
    await expectThrottled(await attempt('angreifer', testPasswordFor('angreifer'), from), 60)
    // Without TRUST_PROXY, X-Forwarded-For is the client's to write: it cannot buy a fresh address.
    await expectThrottled(await attempt('nachbar', 'noch-ein-versuch', { 'x-forwarded-for': '198.51.100.1' }), 60)
  })

  it('answers 400, not a counted failure, to a request without username and password', async () => {
    const response = await callApi(server, null, 'POST', '/api/session', { username: 42 })
    expect(response.status).toBe(400)
  })
})

describe('sign-in throttling behind a trusted proxy counts the address the proxy saw', () => {
  let server: TestServer
  let clock = Date.now()

  beforeAll(async () => {
    server = await createTestServer({ trustProxy: true, signInThrottle: { baseDelayMs: minute, now: () => clock } })
  })

  afterAll(async () => {
    await server.cleanup()
  })

  it('throttles 203.0.113.7 after 20 failures while another office signs in as usual', async () => {
    clock += 1
    const attempt = (username: string, forwardedFor: string) =>
      fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, body: JSON.stringify({ username, password: 'passwort-raten' }) })
    // The client may prepend anything; the proxy appends the address it saw, which is the one counted.
    for (let failure = 1; failure <= 20; failure += 1) expect((await attempt(`konto-${failure}`, `10.9.9.${failure}, 203.0.113.7`)).status).toBe(401)
    expect((await attempt('konto-21', '10.0.0.1, 203.0.113.7')).status).toBe(429)
    expect((await attempt('konto-21', '198.51.100.20')).status).toBe(401)
  })
})

describe('password rules: at least 12 characters and not a common password', () => {
  let server: TestServer
  let admin: SignedIn

  beforeAll(async () => {
    server = await createTestServer()
    admin = await signInAsAdmin(server)
  })

  afterAll(async () => {
    await server.cleanup()
  })

  const create = (username: string, password: string) => callApi(server, admin.token, 'POST', '/api/users', { username, password, name: 'Neu', department: 'Fachdienst', role: 'admin' })

  it('refuses "12345678" and every other short or common password for an admin account', async () => {
    for (const [password, message] of [
      ['12345678', /mindestens 12 Zeichen/],
      ['kurz-11-zch', /mindestens 12 Zeichen/],
      ['1qaz2wsx3edc', /häufig verwendeter/],
      ['123456789012', /häufig verwendeter/],
      ['qwertyuiop123', /häufig verwendeter/],
      ['Password2024!', /häufig verwendeter/],
      ['verwaltung-nord', /Benutzername/],
    ] as const) {
      const response = await create('verwaltung-nord', password)
      expect(response.status, password).toBe(400)
      expect(((await response.json()) as { error: string }).error, password).toMatch(message)
    }
    expect((await create('verwaltung-nord', 'Kreistag tagt donnerstags')).status).toBe(201)
  })

  it('refuses to start with a weak ADMIN_PASSWORD, with a clear error', async () => {
    await expect(createTestServer({ adminPassword: '12345678' })).rejects.toThrow(/ADMIN_PASSWORD is not accepted: Das Passwort muss mindestens 12 Zeichen/)
    await expect(createTestServer({ adminPassword: 'passwordpassword' })).rejects.toThrow(/ADMIN_PASSWORD is not accepted: .*häufig verwendeter/)
  })

  it('the server process exits with a log line naming ADMIN_PASSWORD', async () => {
    const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-weak-admin-'))
    try {
      await expect(startServerProcess(dataDirectory, { ADMIN_PASSWORD: '12345678' })).rejects.toThrow(/server exited with 1:[\s\S]*"level":"error","message":"Fassung could not start: ADMIN_PASSWORD is not accepted/)
    } finally {
      await fs.rm(dataDirectory, { recursive: true, force: true })
    }
  })
})
