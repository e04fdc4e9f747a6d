import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { yDocToConceptJson } from '../../shared/yjs/conceptConversions'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const seed003 = 'rendsburg-eckernfoerde-beschlussvorlage.txt'

async function openEditor(page: Page): Promise<void> {
  await waitForConnectedEditor(page)
  await expect.poll(() => page.getByTestId('teilziel').count()).toBe(21)
}

/** The labelled field (or Handlungsfeld title) the selection's focus end is in. */
function focusField(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const node = window.getSelection()?.focusNode
    const element = node instanceof Element ? node : (node?.parentElement ?? null)
    return element?.closest('[data-type]:is(.concept-field, .handlungsfeld-titel)')?.getAttribute('data-type') ?? null
  })
}

async function fieldTexts(block: Locator): Promise<string[]> {
  return Promise.all((await block.locator('.concept-field-content').all()).map((field) => readFieldText(field)))
}

async function readDraft(server: TestServer, account: SignedIn, documentId: string): Promise<unknown> {
  const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/versions/draft`)
  expect(response.status).toBe(200)
  return response.json()
}

describe('structure-safe editing in the browser (seed 003)', () => {
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

  it('Shift+↓ from a Teilziel’s text into “Beispielhafte Aktivitäten”, then Entf: the fields stay, the selected text goes, Strg+Z brings it back exactly', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const teilziel = page.getByTestId('teilziel').first()
    const textsBefore = await fieldTexts(teilziel)
    const draftBefore = await readDraft(server, editor, documentId)

    await teilziel.locator('[data-type="teilzielZiel"] .concept-field-content p').first().click({ position: { x: 60, y: 8 } })
    await settleSelection(page)
    await extendSelectionInto(page, 'teilzielAktivitaeten')
    const { selected, textBefore } = await readSelection(page)
    expect(selected.length).toBeGreaterThan(100)
    await page.keyboard.press('Delete')

    const textsAfter = await fieldTexts(teilziel)
    expect(textsAfter).toHaveLength(5)
    expect(textsAfter.join('')).toBe(textsBefore.join('').replace(selected, ''))
    expect(textsAfter[0]).toBe(textsBefore[0]!.slice(0, textsAfter[0]!.length))
    expect(textsAfter.slice(1, 3)).toEqual(['', ''])
    expect(textsBefore[3]!.endsWith(textsAfter[3]!)).toBe(true)
    expect(textsAfter[4]).toBe(textsBefore[4])
    expect((await readSelection(page)).textBefore).toBe(textBefore.replace(selected, ''))
    await expect.poll(() => page.getByTestId('history-undo').isDisabled()).toBe(false)

    await page.keyboard.press('Control+z')
    await expect.poll(() => fieldTexts(teilziel)).toEqual(textsBefore)
    await expect.poll(() => readDraft(server, editor, documentId)).toEqual(draftBefore)
    await page.keyboard.press('Control+y')
    await expect.poll(() => fieldTexts(teilziel)).toEqual(textsAfter)
    await context.close()
  })

  it('a selection reaching into the next Handlungsfeld’s heading keeps both Handlungsfelder, and Strg+Z restores the text exactly', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'petersen', name: 'Jörn Petersen', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const numbers = () => page.getByTestId('handlungsfeld-number').allTextContents()
    const numbersBefore = await numbers()
    // Every Handlungsfeld shows its number, so the numbers and the sections come in the same order.
    const section = (number: string) => page.getByTestId('handlungsfeld').nth(numbersBefore.map((text) => text.trim()).indexOf(number))
    const engagement = section('3.4')
    const oeffnung = section('3.5')
    expect(await engagement.locator('.handlungsfeld-titel').first().textContent()).toBe('Bürgerschaftliches Engagement')
    const oeffnungTeilziele = await oeffnung.getByTestId('teilziel').count()
    const draftBefore = await readDraft(server, editor, documentId)

    await engagement.locator('[data-type="teilzielVerantwortliche"] .concept-field-content p').last().click({ position: { x: 40, y: 8 } })
    await settleSelection(page)
    await extendSelectionInto(page, 'handlungsfeldTitel')
    const { selected, textBefore } = await readSelection(page)
    await page.keyboard.press('Delete')

    expect(await numbers()).toEqual(numbersBefore)
    expect(await oeffnung.getByTestId('teilziel').count()).toBe(oeffnungTeilziele)
    expect(await oeffnung.locator('[data-type="oberziel"]').count()).toBe(1)
    expect((await readSelection(page)).textBefore).toBe(textBefore.replace(selected, ''))

    await page.keyboard.press('Control+z')
    await expect.poll(() => readDraft(server, editor, documentId)).toEqual(draftBefore)
    expect(await numbers()).toEqual(numbersBefore)
    await context.close()
  })

  it('a full Tab pass and Shift+Tab pass through the concept, with Esc, change nothing in the stored document', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'tastatur', name: 'Lea Tastatur', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    await waitForSync(observer.provider)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const draftBefore = await readDraft(server, editor, documentId)
    const updatesBefore = await countUpdatesBy(server, admin, documentId, editor)
    const storedBefore = yDocToConceptJson(observer.ydoc)

    await page.locator('.handlungsfeld-titel').first().click()
    await settleSelection(page)
    const forward = await pressUntilFocusLeavesEditor(page, 'Tab')
    expect(forward.fields).toBeGreaterThan(21 * 5)
    // Past the last field, Tab leaves the editor for the first control after it in the page (the comment panel's button).
    expect(forward.leftTo).toBe(await page.evaluate(() => {
      const tabbable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]')].filter((element) => element.tabIndex >= 0 && element.getClientRects().length > 0)
      const editor = document.querySelector('.ProseMirror')!
      const next = tabbable.find((element) => !editor.contains(element) && editor.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      return next ? [next.dataset['testid'], next.getAttribute('role'), next.className, next.closest('[role="toolbar"]') ? 'toolbar' : '', next.closest('.outline-item')?.className ?? ''].filter(Boolean).join(' ') : 'nothing after the editor'
    }))

    const lastTeilziel = page.getByTestId('teilziel').last()
    await lastTeilziel.locator('[data-type="teilzielVerantwortliche"] .concept-field-content p').first().click()
    await settleSelection(page)
    const activitiesBefore = await fieldTexts(lastTeilziel)
    await page.keyboard.press('Shift+Tab')
    expect(await focusField(page)).toBe('teilzielAktivitaeten')
    await page.keyboard.press('Shift+Tab')
    expect(await focusField(page)).toBe('teilzielZielgruppe')
    expect(await fieldTexts(lastTeilziel)).toEqual(activitiesBefore)
    const backward = await pressUntilFocusLeavesEditor(page, 'Shift+Tab')
    expect(backward.fields).toBeGreaterThan(21 * 5)
    expect(backward.leftTo).toContain('toolbar')

    // Esc leaves the editor for the outline entry of the Teilziel the cursor is in.
    await lastTeilziel.locator('[data-type="teilzielZiel"] .concept-field-content p').first().click()
    await settleSelection(page)
    await page.keyboard.press('Escape')
    const focused = await describeFocus(page)
    expect(focused).toContain('outline-entry')
    expect(focused).toContain('teilziel')

    await waitForAwarenessBarrier(page, observer)
    expect(yDocToConceptJson(observer.ydoc)).toEqual(storedBefore)
    expect(await readDraft(server, editor, documentId)).toEqual(draftBefore)
    expect(await countUpdatesBy(server, admin, documentId, editor)).toBe(updatesBefore)
    await context.close()
  })

  it('Tab indents a list item only with the caret at its start, Shift+Tab and Alt+Umschalt+← never lift an item out of its field’s list, Tab from the Maßnahme status enters its text', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'listen', name: 'Ole Listen', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const teilziel = page.getByTestId('teilziel').first()
    const items = teilziel.locator('[data-type="teilzielAktivitaeten"] li')
    const itemCount = await items.count()
    expect(itemCount).toBeGreaterThan(2)

    await items.nth(0).locator('p').click({ position: { x: 1, y: 6 } })
    await page.keyboard.press('Home')
    await settleSelection(page)
    await page.keyboard.press('Shift+Tab')
    expect(await focusField(page)).toBe('teilzielZielgruppe')
    expect(await items.count()).toBe(itemCount)

    await items.nth(1).locator('p').click({ position: { x: 1, y: 6 } })
    await page.keyboard.press('Home')
    await settleSelection(page)
    await page.keyboard.press('Tab')
    await expect.poll(() => teilziel.locator('[data-type="teilzielAktivitaeten"] li li').count()).toBe(1)
    await page.keyboard.press('Shift+Tab')
    await expect.poll(() => teilziel.locator('[data-type="teilzielAktivitaeten"] li li').count()).toBe(0)
    expect(await items.count()).toBe(itemCount)
    await page.keyboard.press('Shift+Tab')
    expect(await focusField(page)).toBe('teilzielZielgruppe')
    expect(await items.count()).toBe(itemCount)

    // Alt+Umschalt+→/← indent and outdent anywhere in an item, and never take an item out of the field's list.
    await items.nth(2).locator('p').click({ position: { x: 40, y: 6 } })
    await settleSelection(page)
    await page.keyboard.press('Alt+Shift+ArrowRight')
    await expect.poll(() => teilziel.locator('[data-type="teilzielAktivitaeten"] li li').count()).toBe(1)
    await page.keyboard.press('Alt+Shift+ArrowLeft')
    await expect.poll(() => teilziel.locator('[data-type="teilzielAktivitaeten"] li li').count()).toBe(0)
    await page.keyboard.press('Alt+Shift+ArrowLeft')
    expect(await items.count()).toBe(itemCount)
    expect(await teilziel.locator('[data-type="teilzielAktivitaeten"] .concept-field-content > p').count()).toBe(0)

    // A Maßnahme: Tab from its status goes on into its text.
    await clickAtFieldEnd(teilziel.locator('[data-type="teilzielVerantwortliche"] .concept-field-content'))
    await settleSelection(page)
    await page.getByTestId('insert-massnahme').click()
    await page.keyboard.type('Sprachkurse für Eltern')
    await page.keyboard.press('Shift+Tab')
    expect(await describeFocus(page)).toContain('massnahme-status')
    await page.keyboard.press('Tab')
    expect(await focusField(page)).toBe('massnahmeText')
    expect(await describeFocus(page)).toContain('editor')
    await context.close()
  })

  it('the slash menu opens on an empty line as an announced combobox, not after “Entwurf /”, and leaves no empty line in the field', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'slash', name: 'Ida Slash', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const text = page.getByTestId('editor')
    const teilziel = page.getByTestId('teilziel').first()
    const verantwortliche = teilziel.locator('[data-type="teilzielVerantwortliche"] .concept-field-content')
    const verantwortlicheBefore = await readFieldText(verantwortliche)

    await clickAtFieldEnd(verantwortliche)
    await settleSelection(page)
    await page.keyboard.type(' Entwurf /')
    expect(await page.getByTestId('slash-menu').count()).toBe(0)
    expect(await text.getAttribute('role')).toBe('textbox')
    await page.keyboard.press('Enter')
    expect(await verantwortliche.locator('p').count()).toBe(2)
    expect(await page.getByTestId('teilziel').count()).toBe(21)

    // On the empty line the Enter made, "/" opens the menu as an expanded combobox.
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Enter')
    await page.keyboard.type('/')
    await page.getByTestId('slash-menu').waitFor()
    expect(await text.getAttribute('role')).toBe('combobox')
    expect(await text.getAttribute('aria-expanded')).toBe('true')
    const listboxId = await text.getAttribute('aria-controls')
    expect(await page.locator(`[id="${listboxId}"]`).getAttribute('role')).toBe('listbox')
    const activeId = await text.getAttribute('aria-activedescendant')
    expect(await page.locator(`[id="${activeId}"]`).getAttribute('aria-selected')).toBe('true')
    expect(await page.getByTestId('slash-menu-status').textContent()).toContain('Vorschläge')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('slash-menu').count()).toBe(0)
    expect(await text.getAttribute('role')).toBe('textbox')
    expect(await text.getAttribute('aria-expanded')).toBeNull()
    expect(await describeFocus(page)).toContain('editor')

    await page.keyboard.press('Backspace')
    await page.keyboard.type('/teil')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('teilziel').count()).toBe(22)
    // The line "/teil" was typed on is gone with the "/teil"; the new Teilziel follows the old one.
    expect(await verantwortliche.locator('p').count()).toBe(1)
    expect(await readFieldText(verantwortliche)).toBe(`${verantwortlicheBefore} Entwurf /`)
    expect(await focusField(page)).toBe('teilzielZiel')
    await context.close()
  })

  it('every selection shape with every operation, by real keys: fields and sections stay, exactly the selected text goes, one Strg+Z restores the stored draft', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'tabelle', name: 'Mia Tabelle', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    await openEditor(page)
    const numbersBefore = await page.getByTestId('handlungsfeld-number').allTextContents()
    const draftBefore = await readDraft(server, editor, documentId)
    const textBefore = (await readSelection(page)).textBefore

    for (const shape of browserShapes) {
      for (const operation of browserOperations) {
        const label = `${operation.name}: ${shape.name}`
        if (operation.name === 'Strg+V') await page.evaluate(() => navigator.clipboard.writeText('Eingefügt'))
        await selectShape(page, shape)
        const { selected, keptBefore } = await readSelection(page)
        expect(selected.length, label).toBeGreaterThan(0)
        for (const key of operation.keys) await page.keyboard.press(key)

        const expectedText = textBefore.slice(0, keptBefore) + operation.inserted + textBefore.slice(keptBefore + selected.length)
        await expect.poll(async () => (await readSelection(page)).textBefore, { message: label }).toBe(expectedText)
        expect(await page.getByTestId('handlungsfeld-number').allTextContents(), label).toEqual(numbersBefore)
        expect(await page.getByTestId('teilziel').count(), label).toBe(shape.wholeTeilziel ? 20 : 21)
        expect(await readTeilzielFieldTypes(page), label).toEqual(Array.from({ length: shape.wholeTeilziel ? 20 : 21 }, () => teilzielFieldTypes))
        if (operation.name === 'Strg+X') expect(await page.evaluate(() => navigator.clipboard.readText()), label).toContain(selected.slice(0, 20))

        await page.keyboard.press('Control+z')
        await expect.poll(async () => (await readSelection(page)).textBefore, { message: label }).toBe(textBefore)
        await expect.poll(() => readDraft(server, editor, documentId), { message: label }).toEqual(draftBefore)
      }
    }
    await context.close()
  })

  it('typing through an input method (dead key ´ then e) over a selection across fields keeps the fields; one Strg+Z restores the draft', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'akzent', name: 'René Akzent', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const documentId = await importFixtureDocument(server, editor, seed003)
    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await openEditor(page)
    const draftBefore = await readDraft(server, editor, documentId)
    const textBefore = (await readSelection(page)).textBefore
    const cdp = await context.newCDPSession(page)
    const acrossFields = browserShapes.find((shape) => shape.name === 'across the fields of one Teilziel')!

    // With the dead key's keydown, as on a German keyboard; then a composition without one (on-screen keyboards).
    for (const withKeydown of [true, false]) {
      await selectShape(page, acrossFields)
      const { selected, keptBefore } = await readSelection(page)
      if (withKeydown) await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 })
      await cdp.send('Input.imeSetComposition', { text: '´', selectionStart: 1, selectionEnd: 1 })
      if (withKeydown) await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Dead', code: 'Equal', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 })
      await cdp.send('Input.imeSetComposition', { text: 'é', selectionStart: 1, selectionEnd: 1 })
      await cdp.send('Input.insertText', { text: 'é' })

      await expect.poll(async () => (await readSelection(page)).textBefore).toBe(textBefore.slice(0, keptBefore) + 'é' + textBefore.slice(keptBefore + selected.length))
      expect(await readTeilzielFieldTypes(page)).toEqual(Array.from({ length: 21 }, () => teilzielFieldTypes))
      await page.keyboard.press('Control+z')
      await expect.poll(async () => (await readSelection(page)).textBefore).toBe(textBefore)
      await expect.poll(() => readDraft(server, editor, documentId)).toEqual(draftBefore)
    }
    await context.close()
  })
})

/** Shift+↓ until the selection reaches into the field (how often depends on the line breaks). */
async function extendSelectionInto(page: Page, fieldType: string): Promise<void> {
  for (let presses = 0; presses < 20 && (await focusField(page)) !== fieldType; presses += 1) {
    await page.keyboard.press('Shift+ArrowDown')
    await settleSelection(page)
  }
  expect(await focusField(page)).toBe(fieldType)
}

/** The selected text, the text before it and the whole text of the document, as the editor has them (no labels, no carets). */
function readSelection(page: Page): Promise<{ selected: string; keptBefore: number; textBefore: string }> {
  return page.evaluate(() => {
    const dom = document.querySelector('.ProseMirror') as (Element & { editor?: { state: { selection: { from: number; to: number }; doc: { content: { size: number }; textBetween(from: number, to: number, separator: string): string } } } }) | null
    const state = dom?.editor?.state
    if (!state) throw new Error('no editor')
    const { from, to } = state.selection
    return { selected: state.doc.textBetween(from, to, ''), keptBefore: state.doc.textBetween(0, from, '').length, textBefore: state.doc.textBetween(0, state.doc.content.size, '') }
  })
}

/** Where the keyboard focus is: the element's test id, role and classes, and whether it is the editor. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return ''
    const inEditor = element.closest('.ProseMirror') ? 'editor' : ''
    const outlineKind = element.closest('.outline-item')?.className ?? ''
    return [element.dataset['testid'], element.getAttribute('role'), element.className, element.closest('[role="toolbar"]') ? 'toolbar' : '', outlineKind, inEditor].filter(Boolean).join(' ')
  })
}

/** Presses `key` until the focus leaves the editor; how many field stops it passed and where the focus went. */
async function pressUntilFocusLeavesEditor(page: Page, key: string): Promise<{ fields: number; leftTo: string }> {
  for (let presses = 1; presses <= 600; presses += 1) {
    await page.keyboard.press(key)
    const focus = await describeFocus(page)
    if (!focus.includes('editor')) return { fields: presses, leftTo: focus }
  }
  throw new Error(`${key} never left the editor`)
}

/** Waits until the observer has received an awareness change the page sent after everything it sent before. */
async function waitForAwarenessBarrier(page: Page, observer: TestClient): Promise<void> {
  const marker = `barrier-${Date.now()}`
  await page.evaluate((value) => {
    type WithEditor = Element & { editor?: { extensionManager: { extensions: { name: string; options: { provider?: { awareness: { setLocalStateField(field: string, value: unknown): void } } } }[] } } }
    const dom = document.querySelector('.ProseMirror') as WithEditor | null
    const caret = dom?.editor?.extensionManager.extensions.find((extension) => extension.name === 'collaborationCaret')
    if (!caret?.options.provider) throw new Error('no collaboration provider')
    caret.options.provider.awareness.setLocalStateField('testBarrier', value)
  }, marker)
  await waitFor(() => [...observer.provider.awareness.getStates().values()].some((state) => (state as { testBarrier?: string }).testBarrier === marker), 'the page’s awareness barrier')
}

async function countUpdatesBy(server: TestServer, reader: SignedIn, documentId: string, author: SignedIn): Promise<number> {
  const response = await callApi(server, reader.token, 'GET', `/api/documents/${documentId}/history`)
  expect(response.status).toBe(200)
  const { history } = (await response.json()) as { history: { userId: string; updates: number }[] }
  return history.filter((entry) => entry.userId === author.user.id).reduce((sum, entry) => sum + entry.updates, 0)
}

/**
 * Waits until the editor has taken over the browser's selection: it does so on `selectionchange`, which the
 * browser delivers after the click or key that moved the selection, while scripted keys can come sooner.
 */
async function settleSelection(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    type WithEditor = Element & { editor?: { state: { selection: { anchor: number; head: number } }; view: { posAtDOM(node: Node, offset: number): number } } }
    const editor = (document.querySelector('.ProseMirror') as WithEditor | null)?.editor
    const selection = window.getSelection()
    if (!editor || !selection?.anchorNode || !selection.focusNode) return false
    const { anchor, head } = editor.state.selection
    return editor.view.posAtDOM(selection.anchorNode, selection.anchorOffset) === anchor && editor.view.posAtDOM(selection.focusNode, selection.focusOffset) === head
  })
}

const teilzielFieldTypes = ['teilzielZiel', 'teilzielAufgaben', 'teilzielZielgruppe', 'teilzielAktivitaeten', 'teilzielVerantwortliche']

interface TextAnchor {
  type: string
  prefix: string
  offset: number
}

interface BrowserShape {
  name: string
  from: TextAnchor
  to?: TextAnchor
  /** Select the whole Teilziel whose text starts at `from` as a block. */
  wholeTeilziel?: boolean
}

const browserShapes: BrowserShape[] = [
  { name: 'within a field', from: { type: 'paragraph', prefix: 'Die bedarfsgerechte Betreuung', offset: 4 }, to: { type: 'paragraph', prefix: 'Die bedarfsgerechte Betreuung', offset: 30 } },
  { name: 'across the fields of one Teilziel', from: { type: 'paragraph', prefix: 'Die bedarfsgerechte Betreuung', offset: 4 }, to: { type: 'paragraph', prefix: 'Der Kreis führt Erfahrungsaustausche', offset: 10 } },
  { name: 'across two Teilziele', from: { type: 'paragraph', prefix: 'Fachbereich Jugend und Familie - Fachdienst Kinder', offset: 12 }, to: { type: 'paragraph', prefix: 'Die Sprachförderung von Kindern', offset: 8 } },
  { name: 'from a Teilziel into the next sub-section’s heading', from: { type: 'paragraph', prefix: 'Erwachsene Menschen mit Migrationshintergrund mit', offset: 9 }, to: { type: 'handlungsfeldTitel', prefix: 'Kulturelle Bildung', offset: 6 } },
  { name: 'from an Oberziel into a Teilziel', from: { type: 'paragraph', prefix: 'Die Teilhabe von allen Menschen', offset: 10 }, to: { type: 'paragraph', prefix: 'Der Kreis unterstützt das bürgerschaftliche', offset: 10 } },
  { name: 'from a Handlungsfeld into the next one’s Oberziel', from: { type: 'paragraph', prefix: 'Der Kreis unterstützt ehrenamtliche Menschen', offset: 5 }, to: { type: 'paragraph', prefix: 'Interkulturelle Kompetenz und interkulturelle Öffnung in der', offset: 12 } },
  { name: 'a whole Teilziel as a block', from: { type: 'teilziel', prefix: 'Der Kreis unterstützt das bürgerschaftliche', offset: 0 }, wholeTeilziel: true },
]

const browserOperations: { name: string; keys: string[]; inserted: string }[] = [
  { name: 'Entf', keys: ['Delete'], inserted: '' },
  { name: 'Backspace', keys: ['Backspace'], inserted: '' },
  { name: 'typing over it', keys: ['N', 'e', 'u'], inserted: 'Neu' },
  { name: 'Strg+X', keys: ['Control+x'], inserted: '' },
  { name: 'Strg+V', keys: ['Control+v'], inserted: 'Eingefügt' },
]

/** Selects a shape through the editor's own commands and puts the focus into the editor. */
async function selectShape(page: Page, shape: BrowserShape): Promise<void> {
  await page.evaluate((target) => {
    type Doc = { descendants(visit: (node: { type: { name: string }; textContent: string }, position: number) => boolean | void): void }
    type WithEditor = Element & { editor?: { state: { doc: Doc }; commands: { setTextSelection(range: { from: number; to: number }): boolean; setNodeSelection(position: number): boolean }; view: { focus(): void } } }
    const editor = (document.querySelector('.ProseMirror') as WithEditor | null)?.editor
    if (!editor) throw new Error('no editor')
    const locate = (anchor: { type: string; prefix: string; offset: number }) => {
      let found: number | null = null
      editor.state.doc.descendants((node, position) => {
        if (found !== null) return false
        if (node.type.name === anchor.type && node.textContent.startsWith(anchor.prefix)) found = anchor.type === 'teilziel' ? position : position + 1 + anchor.offset
        return true
      })
      if (found === null) throw new Error(`no ${anchor.type} starting with ${anchor.prefix}`)
      return found
    }
    editor.view.focus()
    if (target.wholeTeilziel) editor.commands.setNodeSelection(locate(target.from))
    else editor.commands.setTextSelection({ from: locate(target.from), to: locate(target.to ?? target.from) })
  }, shape)
}

/** The field types of every Teilziel, in document order. */
function readTeilzielFieldTypes(page: Page): Promise<string[][]> {
  return page.getByTestId('teilziel').evaluateAll((teilziele) =>
    teilziele.map((teilziel) => Array.from(teilziel.querySelectorAll('.concept-field')).map((field) => field.getAttribute('data-type') ?? '')),
  )
}
