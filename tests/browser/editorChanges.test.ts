import fs from 'node:fs/promises'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const seed003 = new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)
const typed = ' und ihre Familien'

/** The Zielgruppe field of the first Teilziel. */
const zielgruppeOf = (page: Page): Locator => page.getByTestId('teilziel').first().locator('.concept-field-content').nth(2)

/** Puts the caret at the end of a field by clicking just inside the bottom right corner of its text. */
async function clickIntoFieldEnd(field: Locator): Promise<void> {
  const box = await field.boundingBox()
  if (!box) throw new Error('the field is not visible')
  await field.click({ position: { x: box.width - 3, y: box.height - 6 } })
  await field.page().keyboard.press('End')
}

async function showChangesSinceLastFassung(page: Page): Promise<void> {
  const toggle = page.getByTestId('track-changes-toggle')
  await expect.poll(() => toggle.isEnabled()).toBe(true)
  await toggle.check()
  await page.getByTestId('editor-changes').waitFor()
}

describe('changes since a Fassung in the live editor', () => {
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
    const frozen = await callApi(server, najj.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage AFS', gremium: 'Ausschuss für Familie und Soziales (AFS)', date: '2021-03-21', status: 'Entwurf' })
    expect(frozen.status).toBe(201)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('marks another department’s insertion and deletion in its colour with author and time, accepts in place for everyone, and shows the clean text when off', async () => {
    const writer = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const watcher = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const reviewer = await openSignedInPage(browser, server, krueger, `/d/${documentId}`)
    for (const opened of [writer, watcher, reviewer]) await waitForConnectedEditor(opened.page)

    // A (Zuwanderung) deletes the first word of the Zielgruppe and adds words at its end.
    const field = zielgruppeOf(writer.page)
    const before = await readFieldText(field)
    const firstWord = before.split(' ')[0]!
    await field.click({ position: { x: 1, y: 4 } })
    await writer.page.keyboard.press('Home')
    for (let step = 0; step <= firstWord.length; step += 1) await writer.page.keyboard.press('Shift+ArrowRight')
    await expect.poll(() => writer.page.evaluate(() => window.getSelection()?.toString())).toBe(`${firstWord} `)
    // The editor reads the DOM selection on its own schedule; Delete acts on the editor's selection, so wait for it too.
    await expect
      .poll(() =>
        writer.page.evaluate(() => {
          const { state } = (document.querySelector('.ProseMirror') as Element & { editor: { state: { selection: { from: number; to: number }; doc: { textBetween(from: number, to: number): string } } } }).editor
          return state.doc.textBetween(state.selection.from, state.selection.to)
        }),
      )
      .toBe(`${firstWord} `)
    await writer.page.keyboard.press('Delete')
    await clickIntoFieldEnd(field)
    await writer.page.keyboard.type(typed)
    const after = `${before.slice(firstWord.length + 1)}${typed}`
    await expect.poll(() => readFieldText(zielgruppeOf(reviewer.page))).toBe(after)

    // B (Jugend und Familie) switches on the changes since the Fassung.
    await showChangesSinceLastFassung(reviewer.page)
    const page = reviewer.page
    const insertion = page.getByTestId('tracked-insertion')
    await expect.poll(() => insertion.allTextContents(), { timeout: 10_000 }).toEqual([typed])
    const deletion = page.getByTestId('tracked-deletion')
    await expect.poll(() => deletion.allTextContents()).toEqual([`${firstWord} `])
    expect(await deletion.evaluate((element) => [element.tagName, getComputedStyle(element).textDecorationLine])).toEqual(['DEL', 'line-through'])
    expect(await insertion.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('underline')
    // In the colour the header shows for Said Najj's department, the same for both changes.
    const avatarColor = await page.locator(`[data-testid="presence-avatar"][data-user-id="${najj.user.id}"]`).first().evaluate((element) => getComputedStyle(element).backgroundColor)
    expect(await insertion.evaluate((element) => getComputedStyle(element).color)).toBe(avatarColor)
    expect(await deletion.evaluate((element) => getComputedStyle(element).color)).toBe(avatarColor)
    expect(await insertion.getAttribute('title')).toMatch(/^Eingefügt von Said Najj · Fachdienst Zuwanderung · \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)
    // The editor's own text is untouched: the deleted word is shown, not written.
    expect(await readFieldText(zielgruppeOf(page))).toBe(`${firstWord} ${after}`)
    const listed = page.getByTestId('editor-change')
    await expect.poll(() => listed.count()).toBe(2)
    expect(await listed.getByTestId('editor-change-author').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Said Najj · Fachdienst Zuwanderung · /)]))

    // The caret in the insertion brings the card with author and time; Annehmen there decides it.
    await insertion.click()
    const card = page.getByTestId('change-card')
    await card.waitFor()
    expect(await card.textContent()).toContain(`Eingefügt: „${typed.trim()}“ – Said Najj · Fachdienst Zuwanderung`)
    await expect.poll(() => page.getByTestId('annotations-status').textContent()).toContain('Eingefügt: „und ihre Familien“ – Said Najj')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await page.getByTestId('change-card-accept').click()
    await expect.poll(() => insertion.count()).toBe(0)
    expect(await deletion.count()).toBe(1)
    await expect.poll(() => page.getByTestId('editor-change-decision').allTextContents()).toEqual(['Angenommen von Jana Krüger'])
    // Accepting keeps the text as it is.
    expect(await readFieldText(zielgruppeOf(page))).toBe(`${firstWord} ${after}`)

    // A's other window, showing the changes too, sees it accepted; A is told.
    await showChangesSinceLastFassung(watcher.page)
    await expect.poll(() => watcher.page.getByTestId('editor-change-decision').allTextContents(), { timeout: 10_000 }).toEqual(['Angenommen von Jana Krüger'])
    expect(await watcher.page.getByTestId('tracked-insertion').count()).toBe(0)
    await expect.poll(() => watcher.page.getByTestId('tracked-deletion').allTextContents()).toEqual([`${firstWord} `])
    await expect.poll(() => watcher.page.getByTestId('notification-bell-button').getAttribute('aria-label'), { timeout: 15_000 }).toBe('Benachrichtigungen, 1 ungelesen')
    await watcher.page.getByTestId('notification-bell-button').click()
    expect(await watcher.page.getByTestId('notification').textContent()).toContain('Jana Krüger hat Ihre Änderung angenommen')

    // Rejected from the list: the deleted word comes back, for A too.
    await page.getByTestId('editor-change').getByTestId('editor-change-reject').click()
    await expect.poll(() => readFieldText(zielgruppeOf(writer.page)), { timeout: 10_000 }).toBe(`${firstWord} ${after}`)
    await expect.poll(() => deletion.count()).toBe(0)

    // Off: no marks, the clean text.
    await page.getByTestId('track-changes-toggle').uncheck()
    await expect.poll(() => page.locator('.tracked-insertion, .tracked-deletion').count()).toBe(0)
    expect(await page.getByTestId('editor-changes').count()).toBe(0)
    expect(await readFieldText(zielgruppeOf(page))).toBe(`${firstWord} ${after}`)

    for (const opened of [writer, watcher, reviewer]) await opened.context.close()
  })
})
