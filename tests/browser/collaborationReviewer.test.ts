import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { createAccount, signInAsAdmin } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

function teilzielField(page: Page, index: number) {
  return page.getByTestId('teilziel').first().locator('.concept-field-content').nth(index)
}

describe('a reviewer in the editor', () => {
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

  it('reads behind a banner, cannot change the text by keyboard or paste, yet has a caret the others see', async () => {
    const admin = await signInAsAdmin(server)
    const writer = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const reviewer = await createAccount(server, admin, { username: 'vogt', name: 'Petra Vogt', department: 'Kreistag – Ausschuss für Soziales', role: 'reviewer' })
    const documentId = await importFixtureDocument(server, writer, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    observer = createTestClient(server.wsUrl, documentId, { params: { token: writer.token } })
    await waitForSync(observer.provider)
    const stored = () => observer?.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString() ?? ''

    const writing = await openSignedInPage(browser, server, writer, `/d/${documentId}`)
    const reading = await openSignedInPage(browser, server, reviewer, `/d/${documentId}`)
    await Promise.all([waitForConnectedEditor(writing.page), waitForConnectedEditor(reading.page)])
    const notice = reading.page.getByTestId('read-only-notice')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.textContent()).toContain('Nur lesen')
    expect(await reading.page.getByTestId('editor').getAttribute('aria-readonly')).toBe('true')
    expect(await reading.page.getByTestId('insert-teilziel').count()).toBe(0)

    const storedBefore = stored()
    const editorText = (page: Page) => readFieldText(page.getByTestId('editor'))
    const shownBefore = await editorText(reading.page)

    // Keyboard: text, Enter, deletions, cut, the link shortcut.
    await clickAtFieldEnd(teilzielField(reading.page, 1))
    await reading.page.keyboard.type('Darf nicht erscheinen')
    for (const key of ['Enter', 'Backspace', 'Backspace', 'Delete', 'Tab', 'Control+b', 'Control+z']) await reading.page.keyboard.press(key)
    await clickAtFieldEnd(teilzielField(reading.page, 2))
    await reading.page.keyboard.press('Shift+Home')
    await reading.page.keyboard.press('Control+x')
    await reading.page.keyboard.press('Control+k')
    expect(await reading.page.getByTestId('link-dialog').count()).toBe(0)
    // Paste (as the browser delivers it) and the editing commands a script or an assistive tool might use.
    await reading.page.evaluate(() => {
      const data = new DataTransfer()
      data.setData('text/plain', 'Eingefügt vom Ausschuss')
      data.setData('text/html', '<p>Eingefügt vom Ausschuss</p>')
      document.getElementById('konzepttext')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
      document.execCommand('insertText', false, 'Per Befehl eingefügt')
      document.execCommand('delete')
    })

    // The writer's change still reaches the reviewer, and nothing of the reviewer's reached anyone.
    await clickAtFieldEnd(teilzielField(writing.page, 0))
    await writing.page.keyboard.type(' Ergänzt vom Fachdienst')
    await waitFor(() => stored().includes('Ergänzt vom Fachdienst'), 'the writer’s edit on the server')
    await expect.poll(() => readFieldText(teilzielField(reading.page, 0))).toContain('Ergänzt vom Fachdienst')
    for (const unwanted of ['Darf nicht erscheinen', 'Eingefügt vom Ausschuss', 'Per Befehl eingefügt']) {
      expect(stored()).not.toContain(unwanted)
      expect(await editorText(reading.page)).not.toContain(unwanted)
      expect(await editorText(writing.page)).not.toContain(unwanted)
    }
    expect(stored().replace(' Ergänzt vom Fachdienst', '')).toBe(storedBefore)
    expect((await editorText(reading.page)).replace(' Ergänzt vom Fachdienst', '')).toBe(shownBefore)

    // Presence works for the reviewer: a labelled caret, an avatar and an outline badge at the writer's, and the caret follows the arrow keys.
    await clickAtFieldEnd(teilzielField(reading.page, 1))
    const caretOfReviewer = writing.page.getByTestId('remote-caret').filter({ hasText: 'Petra Vogt' })
    await expect.poll(() => caretOfReviewer.textContent()).toBe('Petra Vogt · Kreistag – Ausschuss für Soziales')
    await expect.poll(() => writing.page.getByTestId('presence-avatars').getByRole('img', { name: 'Petra Vogt, Kreistag – Ausschuss für Soziales' }).count()).toBe(1)
    await expect.poll(() => writing.page.getByTestId('outline-presence-badge').and(writing.page.getByRole('img', { name: 'Petra Vogt, Kreistag – Ausschuss für Soziales' })).count()).toBe(1)
    const caretPosition = async () => (await caretOfReviewer.boundingBox())?.x ?? null
    const before = await caretPosition()
    for (let step = 0; step < 8; step += 1) await reading.page.keyboard.press('ArrowLeft')
    await expect.poll(caretPosition).not.toBe(before)

    // Reviewers keep no copy of the document in the browser: they have no offline edits to keep.
    const databases = await reading.page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? ''))
    expect(databases.filter((name) => name.startsWith('fassung:'))).toEqual([])

    await writing.context.close()
    await reading.context.close()
  })
})
