import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createTestClient, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { callApi, createAccount, signInAsAdmin } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

describe('an editor whose role changes while the document is open', () => {
  let server: TestServer
  let browser: Browser
  let observer: TestClient | undefined

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    observer?.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('turns read-only at once instead of letting typing vanish', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'jansen', name: 'Jana Jansen', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await importFixtureDocument(server, admin, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await waitForSync(observer.provider)
    const { page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    expect(await page.getByTestId('editor').getAttribute('aria-readonly')).toBeNull()

    const response = await callApi(server, admin.token, 'PATCH', `/api/users/${editor.user.id}`, { role: 'reviewer' })
    expect(response.status).toBe(200)
    await expect.poll(() => page.getByTestId('editor').getAttribute('aria-readonly')).toBe('true')
    await expect.poll(() => page.getByTestId('read-only-notice').isVisible()).toBe(true)

    const storedBefore = observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
    await page.getByTestId('editor').locator('p').first().click()
    await page.keyboard.type('nach der Herabstufung')
    await page.waitForTimeout(500)
    expect(observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()).toBe(storedBefore)
  })
})
