import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { clickAtFieldStart } from '../utils/clickAtFieldStart'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { runAxe } from '../utils/runAxe'
import { createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const zuwanderung = { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' } as const
const gleichstellung = { username: 'lindner', name: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', role: 'editor' } as const

function firstTeilzielField(page: Page, index: number) {
  return page.getByTestId('teilziel').first().locator('.concept-field-content').nth(index)
}

describe('two departments editing the same Teilziel', () => {
  let server: TestServer
  let browser: Browser
  let admin: SignedIn
  let observer: TestClient | undefined

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    admin = await signInAsAdmin(server)
  })

  afterAll(async () => {
    observer?.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('shows each other’s text, labelled carets, header avatars and outline badges, keeps everything across a reload and passes axe', async () => {
    const najj = await createAccount(server, admin, zuwanderung)
    const lindner = await createAccount(server, admin, gleichstellung)
    const documentId = await importFixtureDocument(server, najj, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const first = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const second = await openSignedInPage(browser, server, lindner, `/d/${documentId}`)
    await Promise.all([waitForConnectedEditor(first.page), waitForConnectedEditor(second.page)])

    // Different fields of the same Teilziel, at the same time.
    await clickAtFieldEnd(firstTeilzielField(first.page, 1))
    await clickAtFieldEnd(firstTeilzielField(second.page, 2))
    await Promise.all([first.page.keyboard.type(' Sprachkurse aus Zuwanderung'), second.page.keyboard.type(' Frauen aus Gleichstellung')])
    for (const { page } of [first, second]) {
      await expect.poll(() => readFieldText(firstTeilzielField(page, 1))).toContain('Sprachkurse aus Zuwanderung')
      await expect.poll(() => readFieldText(firstTeilzielField(page, 2))).toContain('Frauen aus Gleichstellung')
    }

    // The same field, at the same time, at its start and its end: both insertions survive intact and both browsers converge.
    await clickAtFieldStart(firstTeilzielField(first.page, 0))
    await clickAtFieldEnd(firstTeilzielField(second.page, 0))
    await Promise.all([first.page.keyboard.type('[Najj] '), second.page.keyboard.type(' [Lindner]')])
    await expect.poll(() => readFieldText(firstTeilzielField(first.page, 0))).toMatch(/^\[Najj\] [\s\S]* \[Lindner\]$/)
    await expect.poll(async () => (await readFieldText(firstTeilzielField(second.page, 0))) === (await readFieldText(firstTeilzielField(first.page, 0)))).toBe(true)

    // Each sees the other's caret, labelled with name and department, and the other's avatar in the header.
    const caretOfLindner = first.page.getByTestId('remote-caret').filter({ hasText: 'Maria Lindner' })
    await expect.poll(() => caretOfLindner.textContent()).toBe('Maria Lindner · Gleichstellungsbeauftragte')
    const caretOfNajj = second.page.getByTestId('remote-caret').filter({ hasText: 'Said Najj' })
    await expect.poll(() => caretOfNajj.textContent()).toBe('Said Najj · Fachdienst Zuwanderung')
    await expect.poll(() => first.page.getByTestId('presence-avatars').getByRole('img', { name: 'Maria Lindner, Gleichstellungsbeauftragte' }).count()).toBe(1)
    await expect.poll(() => second.page.getByTestId('presence-avatars').getByRole('img', { name: 'Said Najj, Fachdienst Zuwanderung' }).count()).toBe(1)
    // Caret label and avatar share the department colour.
    const labelColor = await caretOfLindner.locator('.collaboration-carets__label').evaluate((element) => getComputedStyle(element).backgroundColor)
    const avatarColor = await first.page.getByTestId('presence-avatars').getByRole('img', { name: 'Maria Lindner, Gleichstellungsbeauftragte' }).evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(labelColor).toBe(avatarColor)

    // The outline shows the other's badge beside the Handlungsfeld that holds the Teilziel.
    const handlungsfeldNumber = await first.page
      .getByTestId('teilziel')
      .first()
      .evaluate((teilziel) => teilziel.closest('[data-testid="handlungsfeld"]')?.querySelector(':scope > [data-testid="handlungsfeld-number"]')?.textContent?.trim() ?? null)
    expect(handlungsfeldNumber).toBeTruthy()
    const badgeOfLindner = first.page.getByTestId('outline-presence-badge').and(first.page.getByRole('img', { name: 'Maria Lindner, Gleichstellungsbeauftragte' }))
    await expect.poll(() => badgeOfLindner.count()).toBe(1)
    const badgeEntryNumber = await badgeOfLindner.evaluate((badge) => badge.closest('li')?.querySelector('.outline-entry-number')?.textContent?.trim())
    expect(badgeEntryNumber).toBe(handlungsfeldNumber)
    await expect.poll(() => second.page.getByTestId('outline-presence-badge').and(second.page.getByRole('img', { name: 'Said Najj, Fachdienst Zuwanderung' })).count()).toBe(1)
    // Nobody gets a badge for themselves.
    expect(await first.page.getByTestId('outline-presence-badge').and(first.page.getByRole('img', { name: /Said Najj/ })).count()).toBe(0)

    // The server has both edits: a plain Yjs client sees them.
    observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await waitForSync(observer.provider)
    const stored = () => observer?.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString() ?? ''
    await waitFor(() => ['Sprachkurse aus Zuwanderung', 'Frauen aus Gleichstellung', '[Najj]', '[Lindner]'].every((text) => stored().includes(text)), 'both edits on the server')
    observer.destroy()
    observer = undefined

    // A reload keeps everything; the other's caret comes back with the awareness state.
    await first.page.reload()
    await waitForConnectedEditor(first.page)
    await expect.poll(() => readFieldText(firstTeilzielField(first.page, 1))).toContain('Sprachkurse aus Zuwanderung')
    await expect.poll(() => readFieldText(firstTeilzielField(first.page, 2))).toContain('Frauen aus Gleichstellung')
    await expect.poll(() => readFieldText(firstTeilzielField(first.page, 0))).toMatch(/^\[Najj\] [\s\S]* \[Lindner\]$/)
    await expect.poll(() => caretOfLindner.count()).toBe(1)
    await expect.poll(() => badgeOfLindner.count()).toBe(1)

    const violations = await runAxe(first.page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    // The document list names who is in the document.
    const list = await first.context.newPage()
    await list.goto(`${server.url}/`)
    const entry = list.locator(`[data-document-id="${documentId}"]`)
    await expect.poll(() => entry.getByTestId('document-presence-avatar').count()).toBe(2)
    expect(await entry.getByRole('img', { name: 'Maria Lindner, Gleichstellungsbeauftragte' }).count()).toBe(1)
    await second.context.close()
    // Refreshed on focus (and every ten seconds): the one who left disappears.
    await list.evaluate(() => window.dispatchEvent(new Event('focus')))
    await expect.poll(() => entry.getByTestId('document-presence-avatar').count()).toBe(1)
    await first.context.close()
  })
})
