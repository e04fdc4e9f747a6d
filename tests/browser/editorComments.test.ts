import fs from 'node:fs/promises'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { clickAtFieldStart } from '../utils/clickAtFieldStart'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const seed003 = new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)

/** The Zielgruppe field of the first Teilziel. */
const zielgruppeOf = (page: Page): Locator => page.getByTestId('teilziel').first().locator('.concept-field-content').nth(2)

/** The text the editor highlights as commented, per passage. */
const highlightedText = (page: Page) =>
  page.evaluate(() => {
    const byThread = new Map<string, string>()
    for (const element of document.querySelectorAll<HTMLElement>('[data-testid="editor"] .comment-highlight')) {
      const id = element.dataset['threadId'] ?? ''
      byThread.set(id, (byThread.get(id) ?? '') + (element.textContent ?? ''))
    }
    return [...byThread.values()]
  })

describe('comments in the live editor, with mentions and notifications', () => {
  let server: TestServer
  let browser: Browser
  let najj: SignedIn
  let krueger: SignedIn
  let documentId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    najj = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    krueger = await createAccount(server, admin, { username: 'krueger', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const imported = await callApi(server, najj.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('comments on a selection by keyboard, mentions a colleague who is notified and sees the passage, and keeps the highlight on the same words through edits', async () => {
    const a = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const b = await openSignedInPage(browser, server, krueger, `/d/${documentId}`)
    await waitForConnectedEditor(a.page)
    await waitForConnectedEditor(b.page)
    expect(await b.page.getByTestId('notification-bell-button').getAttribute('aria-label')).toBe('Benachrichtigungen, keine ungelesen')

    // A selects the first two words of the Zielgruppe with the keyboard alone.
    const zielgruppe = zielgruppeOf(a.page)
    const fieldText = await readFieldText(zielgruppe)
    const words = fieldText.split(' ').slice(0, 2).join(' ')
    expect(words.length).toBeGreaterThan(5)
    await clickAtFieldStart(zielgruppe)
    await a.page.keyboard.press('Home')
    for (let step = 0; step < words.length; step += 1) await a.page.keyboard.press('Shift+ArrowRight')
    expect(await a.page.evaluate(() => window.getSelection()?.toString())).toBe(words)

    // Ctrl+Alt+M opens the comment form with the passage, focus in the text box; @kr offers Jana Krüger.
    await a.page.keyboard.press('Control+Alt+M')
    const text = a.page.getByTestId('editor-new-comment-text')
    await expect.poll(() => a.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor-new-comment-text')
    expect(await a.page.getByTestId('editor-new-comment').textContent()).toContain(`Zu „${words}“`)
    await a.page.keyboard.type('Bitte prüfen, @kr')
    const suggestions = a.page.getByTestId('mention-suggestion')
    await expect.poll(() => suggestions.allTextContents()).toEqual(['Jana Krüger @krueger · Jugend und Familie'])
    expect(await text.getAttribute('aria-activedescendant')).toBe(await suggestions.first().getAttribute('id'))
    await a.page.keyboard.press('Enter')
    await a.page.keyboard.type('ob das so stimmt.')
    expect(await text.inputValue()).toBe('Bitte prüfen, @krueger ob das so stimmt.')
    await expect.poll(() => highlightedText(a.page)).toEqual([words])
    const formViolations = await runAxe(a.page)
    expect(formViolations, JSON.stringify(formViolations, null, 2)).toEqual([])
    await a.page.keyboard.press('Control+Enter')
    await expect.poll(() => a.page.getByTestId('annotations-status').textContent()).toBe('Kommentar gespeichert.')
    const threadOnA = a.page.getByTestId('editor-thread')
    await expect.poll(() => threadOnA.count()).toBe(1)
    expect(await threadOnA.getByTestId('editor-comment').textContent()).toContain('Bitte prüfen, @krueger ob das so stimmt.')
    await expect.poll(() => highlightedText(a.page)).toEqual([words])
    // Focus went back to the text, at the end of the passage.
    expect(await a.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor')

    // B is told: the bell counts one unread mention, announced, and opening it lists who and what.
    const bell = b.page.getByTestId('notification-bell-button')
    await expect.poll(() => bell.getAttribute('aria-label'), { timeout: 15_000 }).toBe('Benachrichtigungen, 1 ungelesen')
    expect(await b.page.getByTestId('notification-count').textContent()).toBe('1')
    expect(await b.page.getByTestId('notification-status').textContent()).toBe('Neue Benachrichtigung: Said Najj hat Sie in einem Kommentar erwähnt.')
    await bell.click()
    const notification = b.page.getByTestId('notification')
    expect(await notification.count()).toBe(1)
    expect(await notification.textContent()).toContain('Said Najj hat Sie in einem Kommentar erwähnt')
    expect(await notification.textContent()).toContain('Bitte prüfen, @krueger ob das so stimmt.')
    const bellViolations = await runAxe(b.page)
    expect(bellViolations, JSON.stringify(bellViolations, null, 2)).toEqual([])
    await notification.getByRole('button').click()
    await expect.poll(() => bell.getAttribute('aria-label')).toBe('Benachrichtigungen, keine ungelesen')
    // The notification leads to the thread: current beside the text, its passage selected.
    await expect.poll(() => b.page.getByTestId('editor-thread').getAttribute('class')).toContain('is-current')
    await expect.poll(() => b.page.evaluate(() => window.getSelection()?.toString())).toBe(words)

    // B sees the passage highlighted and the thread beside the text.
    await expect.poll(() => highlightedText(b.page), { timeout: 10_000 }).toEqual([words])
    await expect.poll(() => b.page.getByTestId('editor-thread').count()).toBe(1)
    expect(await b.page.getByTestId('editor-thread-passage').getAttribute('aria-pressed')).toBe('true')

    // A writes before the passage: the highlight stays on the same words, in both browsers.
    await clickAtFieldStart(zielgruppe)
    await a.page.keyboard.press('Home')
    await a.page.keyboard.type('Vor allem ')
    await expect.poll(() => readFieldText(zielgruppeOf(b.page))).toBe(`Vor allem ${fieldText}`)
    await expect.poll(() => highlightedText(a.page)).toEqual([words])
    await expect.poll(() => highlightedText(b.page)).toEqual([words])

    // B replies; A, who wrote the thread, is told of the reply.
    await b.page.getByTestId('editor-thread-reply-text').fill('Ja, passt.')
    await b.page.getByTestId('editor-thread-reply').click()
    await expect.poll(() => a.page.getByTestId('notification-bell-button').getAttribute('aria-label'), { timeout: 15_000 }).toBe('Benachrichtigungen, 1 ungelesen')
    await expect.poll(() => threadOnA.getByTestId('editor-comment').count(), { timeout: 10_000 }).toBe(2)

    // Resolved, the passage is no longer highlighted.
    await b.page.getByTestId('editor-thread-resolve').click()
    await expect.poll(() => highlightedText(b.page)).toEqual([])
    const panelViolations = await runAxe(b.page)
    expect(panelViolations, JSON.stringify(panelViolations, null, 2)).toEqual([])

    await a.context.close()
    await b.context.close()
  })

  it('asks for a selection and for text before saving, and lets a committee member comment without changing the document', async () => {
    const admin = await signInAsAdmin(server)
    const ausschuss = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
    const r = await openSignedInPage(browser, server, ausschuss, `/d/${documentId}`)
    await waitForConnectedEditor(r.page)
    const field = zielgruppeOf(r.page)
    const fieldText = await readFieldText(field)
    const before = await callApi(server, ausschuss.token, 'GET', `/api/documents/${documentId}/versions/draft`).then((response) => response.text())

    await clickAtFieldStart(field)
    await r.page.keyboard.press('Control+Alt+M')
    await expect.poll(() => r.page.getByTestId('annotations-status').textContent()).toBe('Bitte zuerst die Textstelle markieren, zu der Sie kommentieren möchten.')
    expect(await r.page.getByTestId('editor-new-comment').count()).toBe(0)

    await r.page.keyboard.press('Home')
    for (let step = 0; step < fieldText.length; step += 1) await r.page.keyboard.press('Shift+ArrowRight')
    await expect.poll(() => r.page.evaluate(() => window.getSelection()?.toString())).toBe(fieldText)
    await r.page.getByTestId('comment-selection').click()
    await r.page.getByTestId('editor-new-comment-save').click()
    expect(await r.page.getByTestId('editor-new-comment').getByRole('alert').textContent()).toBe('Bitte einen Kommentar schreiben.')
    await r.page.getByTestId('editor-new-comment-text').fill('Zielgruppe zu eng?')
    await r.page.getByTestId('editor-new-comment-save').click()
    await expect.poll(() => r.page.getByTestId('annotations-status').textContent()).toBe('Kommentar gespeichert.')
    await expect.poll(() => highlightedText(r.page)).toEqual([fieldText])
    const { threads } = (await callApi(server, ausschuss.token, 'GET', `/api/documents/${documentId}/comments`).then((response) => response.json())) as { threads: { anchor: { quote: string }; comments: { authorName: string }[] }[] }
    expect(threads.at(-1)).toMatchObject({ anchor: { quote: fieldText }, comments: [{ authorName: 'Karl Ausschuss' }] })
    expect(await callApi(server, ausschuss.token, 'GET', `/api/documents/${documentId}/versions/draft`).then((response) => response.text())).toBe(before)
    await r.context.close()
  })
})
