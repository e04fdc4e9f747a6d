import type { JSONContent } from '@tiptap/core'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { NodeName } from '../../shared/schema/nodeNames'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

const seed003 = 'rendsburg-eckernfoerde-beschlussvorlage.txt'

/** The goal ("Teilziel" field) of every Teilziel in document order, as the page shows it, without other people's carets. */
function goals(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="teilziel"] [data-type="teilzielZiel"] [data-field-content]')).map((field) => {
      const copy = field.cloneNode(true) as HTMLElement
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
      return (copy.textContent ?? '').trim()
    }),
  )
}

/** The oracle's expectation: `list` with the entry at `from` taken out and put in at `to` (an index in the list without it). */
function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const result = [...list]
  const [entry] = result.splice(from, 1)
  result.splice(to, 0, entry!)
  return result
}

function status(page: Page): Promise<string> {
  return page
    .getByTestId('block-actions-status')
    .textContent()
    .then((text) => (text ?? '').trim())
}

async function readDraft(server: TestServer, account: SignedIn, documentId: string): Promise<JSONContent> {
  const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/versions/draft`)
  expect(response.status).toBe(200)
  return ((await response.json()) as { doc: JSONContent }).doc
}

async function compare(server: TestServer, account: SignedIn, documentId: string, fassungId: string): Promise<ChangeModel> {
  const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)
  expect(response.status).toBe(200)
  return (await response.json()) as ChangeModel
}

async function freezeFassung(server: TestServer, account: SignedIn, documentId: string): Promise<string> {
  const response = await callApi(server, account.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'Sozial- und Gesundheitsausschuss', date: '2020-08-27', status: 'Entwurf' })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

/** Every Teilziel of the stored draft as [id, goal], in document order. */
function storedTeilziele(doc: JSONContent): [string, string][] {
  const found: [string, string][] = []
  const visit = (node: JSONContent) => {
    if (node.type === NodeName.teilziel) {
      const goal = node.content?.find((field) => field.type === NodeName.teilzielZiel)
      found.push([String(node.attrs?.['id']), textOf(goal ?? {}).trim()])
    }
    node.content?.forEach(visit)
  }
  visit(doc)
  return found
}

function textOf(node: JSONContent): string {
  return (node.text ?? '') + (node.content ?? []).map(textOf).join('')
}

/** The Handlungsfeld a Teilziel stands in directly, by its shown number. */
function sectionOf(teilziel: Locator): Promise<string | null> {
  return teilziel.evaluate((element) => element.parentElement?.closest('[data-testid="handlungsfeld"]')?.querySelector(':scope > [data-testid="handlungsfeld-number"]')?.textContent?.trim() ?? null)
}

function focusedRole(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.activeElement
    if (!active || active === document.body) return 'body'
    if (active.closest('.ProseMirror')) return 'editor'
    return active.getAttribute('role') ?? active.tagName.toLowerCase()
  })
}

async function openEditor(page: Page): Promise<void> {
  await waitForConnectedEditor(page)
  await expect.poll(() => page.getByTestId('teilziel').count()).toBe(21)
}

describe('block actions in the browser (seed 003)', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('moves a Teilziel by menu, by keyboard and by drag and drop; the other editor sees each move, the comparison lists reorders only, Strg+Z restores', async () => {
    const admin = await signInAsAdmin(server)
    const najj = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const krueger = await createAccount(server, admin, { username: 'krueger', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const documentId = await importFixtureDocument(server, najj, seed003)
    const fassungId = await freezeFassung(server, najj, documentId)
    const first = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const second = await openSignedInPage(browser, server, krueger, `/d/${documentId}`)
    const { page } = first
    await openEditor(page)
    await openEditor(second.page)
    const draftBefore = await readDraft(server, najj, documentId)
    const original = await goals(page)
    expect(new Set(original).size).toBe(original.length)
    let expected = original

    // By menu: the handle is a menu button; the menu takes the focus and is clean for axe.
    const handle = page.getByTestId('teilziel').nth(1).getByTestId('block-handle')
    expect(await handle.getAttribute('aria-haspopup')).toBe('menu')
    expect(await handle.getAttribute('aria-expanded')).toBe('false')
    await handle.click()
    await page.getByTestId('block-menu').waitFor()
    expect(await handle.getAttribute('aria-expanded')).toBe('true')
    expect(await handle.getAttribute('aria-controls')).toBe(await page.getByTestId('block-menu').getAttribute('id'))
    expect(await page.getByTestId('block-menu').getAttribute('role')).toBe('menu')
    expect(await focusedRole(page)).toBe('menuitem')
    expect(await page.getByTestId('block-menu-up').getAttribute('aria-disabled')).toBeNull()
    expect(await runAxe(page)).toEqual([])
    await page.getByTestId('block-menu-up').click()
    expected = moved(expected, 1, 0)
    await expect.poll(() => goals(page)).toEqual(expected)
    await expect.poll(() => status(page)).toMatch(/^Teilziel 2 in [\d.]+ nach oben verschoben, jetzt Teilziel 1 in [\d.]+\.$/)
    expect(await page.getByTestId('block-menu').count()).toBe(0)
    expect(await focusedRole(page)).toBe('editor')
    await expect.poll(() => goals(second.page)).toEqual(expected)

    // By keyboard: the caret's Teilziel moves down with the caret in it.
    const third = page.getByTestId('teilziel').nth(2)
    await third.locator('[data-type="teilzielZiel"] [data-field-content] p').first().click({ position: { x: 30, y: 8 } })
    await page.keyboard.press('Alt+Shift+ArrowDown')
    expected = moved(expected, 2, 3)
    await expect.poll(() => goals(page)).toEqual(expected)
    await expect.poll(() => status(page)).toMatch(/ nach unten verschoben, jetzt /)
    const [, before, after] = /^Teilziel (\d+) in [\d.]+ nach unten verschoben, jetzt Teilziel (\d+) in [\d.]+\.$/.exec(await status(page)) ?? []
    expect(Number(after)).toBe(Number(before) + 1)
    const caretGoal = await page.evaluate(() => window.getSelection()?.focusNode?.parentElement?.closest('[data-type="teilzielZiel"]')?.querySelector('[data-field-content]')?.textContent ?? null)
    expect(caretGoal?.trim()).toBe(expected[3])
    await page.keyboard.press('Alt+Shift+ArrowDown')
    expected = moved(expected, 3, 4)
    await expect.poll(() => goals(page)).toEqual(expected)
    await expect.poll(() => goals(second.page)).toEqual(expected)

    // Umschalt+F10 opens the same menu from the text; Esc gives the focus back to the text, nothing changes.
    await page.keyboard.press('Shift+F10')
    await page.getByTestId('block-menu').waitFor()
    expect(await focusedRole(page)).toBe('menuitem')
    await page.keyboard.press('ArrowDown')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('block-menu-down')
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('block-menu').count()).toBe(0)
    expect(await focusedRole(page)).toBe('editor')
    expect(await goals(page)).toEqual(expected)

    // By drag and drop: the sixth Teilziel, dropped on the lower half of the eighth, lands after it. Playwright's
    // intercepted native drag does not reach this page's drop targets, so the browser's drag events are sent to the
    // elements under the given points with one DataTransfer, as a drag by mouse sends them.
    const dragged = page.getByTestId('teilziel').nth(5)
    const target = page.getByTestId('teilziel').nth(7)
    await target.scrollIntoViewIfNeeded()
    const targetBox = (await target.boundingBox())!
    const dataTransfer = await page.evaluateHandle(() => new DataTransfer())
    await dragged.getByTestId('block-handle').dispatchEvent('dragstart', { dataTransfer })
    const at = { clientX: targetBox.x + targetBox.width / 2, clientY: targetBox.y + targetBox.height - 12 }
    const dropPoint = target.locator('[data-type="teilzielVerantwortliche"] [data-field-content]')
    await dropPoint.dispatchEvent('dragenter', { dataTransfer, ...at })
    await dropPoint.dispatchEvent('dragover', { dataTransfer, ...at })
    await expect.poll(() => page.getByTestId('block-drop-line').count()).toBe(1)
    await dropPoint.dispatchEvent('drop', { dataTransfer, ...at })
    await dragged.getByTestId('block-handle').dispatchEvent('dragend', { dataTransfer }).catch(() => undefined)
    expect(await page.getByTestId('block-drop-line').count()).toBe(0)
    expected = moved(expected, 5, 7)
    await expect.poll(() => goals(page)).toEqual(expected)
    await expect.poll(() => status(page)).toMatch(/^Teilziel \d+ in [\d.]+ verschoben/)
    await expect.poll(() => goals(second.page)).toEqual(expected)

    // The change record: each block kept its id, and the comparison shows placements, no text deleted or inserted.
    const storedAfter = storedTeilziele(await readDraft(server, najj, documentId))
    const storedBefore = new Map(storedTeilziele(draftBefore).map(([id, goal]) => [goal, id]))
    expect(storedAfter.map(([, goal]) => goal)).toEqual(expected)
    for (const [id, goal] of storedAfter) expect(id).toBe(storedBefore.get(goal))
    const changes = (await compare(server, najj, documentId, fassungId)).changes
    expect(changes.length).toBeGreaterThan(0)
    expect(changes.filter((change) => change.kind !== 'reorder' && change.kind !== 'move')).toEqual([])
    expect(changes.every((change) => change.author?.name === 'Said Najj')).toBe(true)

    // Undo restores each move exactly; the other editor sees the original order again.
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('Control+z')
    await expect.poll(() => goals(page)).toEqual(original)
    await expect.poll(() => readDraft(server, najj, documentId)).toEqual(draftBefore)
    await expect.poll(() => goals(second.page)).toEqual(original)
    await first.context.close()
    await second.context.close()
  })

  it('Verschieben nach …, Duplizieren and Löschen with confirmation; the comparison lists the move as a move; a reader has no handles', async () => {
    const admin = await signInAsAdmin(server)
    const petersen = await createAccount(server, admin, { username: 'petersen', name: 'Jörn Petersen', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const krueger = await createAccount(server, admin, { username: 'krueger2', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const ausschuss = await createAccount(server, admin, { username: 'ausschuss', name: 'Büro des Kreistags', department: 'Kreistag', role: 'reviewer' })
    const documentId = await importFixtureDocument(server, petersen, seed003)
    const fassungId = await freezeFassung(server, petersen, documentId)
    const first = await openSignedInPage(browser, server, petersen, `/d/${documentId}`)
    const second = await openSignedInPage(browser, server, krueger, `/d/${documentId}`)
    const reader = await openSignedInPage(browser, server, ausschuss, `/d/${documentId}`)
    const { page } = first
    await openEditor(page)
    await openEditor(second.page)
    await openEditor(reader.page)
    const original = await goals(page)

    // Verschieben nach …: the dialog lists the Handlungsfelder by number and title; the one the block is in is not offered.
    const teilziel = page.getByTestId('teilziel').first()
    const goal = original[0]!
    const from = await sectionOf(teilziel)
    await teilziel.getByTestId('block-handle').click()
    await page.getByTestId('block-menu-move').click()
    const dialog = page.getByTestId('move-block-dialog')
    await dialog.waitFor()
    expect(await runAxe(page)).toEqual([])
    const numbers = (await page.getByTestId('handlungsfeld-number').allTextContents()).map((number) => number.trim())
    const choices = dialog.locator('label')
    expect(await choices.count()).toBe(numbers.length)
    expect((await choices.allTextContents()).map((text) => text.split(' ')[0])).toEqual(numbers)
    expect(await dialog.getByRole('radio', { name: new RegExp(`^${from!.replace(/\./g, '\\.')} `) }).isDisabled()).toBe(true)
    const to = numbers.find((number) => number !== from && number.split('.').length === from!.split('.').length)!
    await dialog.getByRole('radio', { name: new RegExp(`^${to.replace(/\./g, '\\.')} `) }).check()
    await dialog.getByTestId('move-block-submit').click()
    await expect.poll(() => page.getByTestId('move-block-dialog').count()).toBe(0)
    const movedTeilziel = page.getByTestId('teilziel').filter({ has: page.locator('[data-type="teilzielZiel"]', { hasText: goal }) })
    await expect.poll(() => sectionOf(movedTeilziel)).toBe(to)
    await expect.poll(() => status(page)).toContain(`verschoben nach Handlungsfeld ${to}`)
    expect(await focusedRole(page)).toBe('editor')
    await expect.poll(() => sectionOf(second.page.getByTestId('teilziel').filter({ has: second.page.locator('[data-type="teilzielZiel"]', { hasText: goal }) }))).toBe(to)
    const movedId = storedTeilziele(await readDraft(server, petersen, documentId)).find(([, text]) => text === goal)![0]
    const model = await compare(server, petersen, documentId, fassungId)
    const moves = model.changes.filter((change) => change.kind === 'move')
    expect(moves).toHaveLength(1)
    expect(moves[0]!.blockId).toBe(movedId)
    expect(moves[0]!.summary).toContain('verschoben')
    expect(model.changes.filter((change) => change.kind === 'insertion' || change.kind === 'deletion')).toEqual([])

    // Duplizieren from a menu opened before the other editor deleted a Teilziel above: the action finds its
    // block by id, not by where it stood; the copy comes right after it with its own id.
    const beforeDuplicate = await goals(page)
    const sourceGoal = beforeDuplicate[4]!
    await page.getByTestId('teilziel').nth(4).getByTestId('block-handle').click()
    await page.getByTestId('block-menu').waitFor()
    const removedGoal = (await goals(second.page))[3]!
    expect(removedGoal).toBe(beforeDuplicate[3])
    await second.page.getByTestId('teilziel').nth(3).getByTestId('block-handle').click()
    await second.page.getByTestId('block-menu-delete').click()
    await second.page.getByTestId('delete-block-confirm').click()
    const withoutRemoved = beforeDuplicate.filter((text) => text !== removedGoal)
    await expect.poll(() => goals(page)).toEqual(withoutRemoved)
    expect(await page.getByTestId('block-menu').count()).toBe(1)
    await page.getByTestId('block-menu-duplicate').click()
    const duplicated = [...withoutRemoved.slice(0, 4), sourceGoal, ...withoutRemoved.slice(4)]
    expect(duplicated[3]).toBe(sourceGoal)
    await expect.poll(() => goals(page)).toEqual(duplicated)
    await expect.poll(() => status(page)).toMatch(/dupliziert, die Kopie ist Teilziel \d+/)
    await expect.poll(() => goals(second.page)).toEqual(duplicated)
    const copies = storedTeilziele(await readDraft(server, petersen, documentId)).filter(([, text]) => text === sourceGoal)
    expect(copies).toHaveLength(2)
    expect(copies[0]![0]).not.toBe(copies[1]![0])
    const count = await page.getByTestId('teilziel').count()

    // Löschen asks first: Abbrechen keeps the block, Löschen removes it whole.
    const doomed = page.getByTestId('teilziel').nth(4)
    await doomed.getByTestId('block-handle').click()
    await page.getByTestId('block-menu-delete').click()
    const confirm = page.getByTestId('delete-block-dialog')
    await confirm.waitFor()
    expect(await confirm.getAttribute('role')).toBe('alertdialog')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen')
    expect(await runAxe(page)).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('delete-block-dialog').count()).toBe(0)
    expect(await page.getByTestId('teilziel').count()).toBe(count)
    await doomed.getByTestId('block-handle').click()
    await page.getByTestId('block-menu-delete').click()
    await page.getByTestId('delete-block-confirm').click()
    await expect.poll(() => page.getByTestId('teilziel').count()).toBe(count - 1)
    await expect.poll(() => status(page)).toMatch(/^Teilziel \d+ in [\d.]+ gelöscht/)
    await expect.poll(() => second.page.getByTestId('teilziel').count()).toBe(count - 1)

    // Every Teilziel, Maßnahme, Oberziel and Handlungsfeld has its handle; the Oberziel's menu closes with Esc
    // back to its handle.
    const blockCount = await page.locator('.ProseMirror').evaluate((editor) => editor.querySelectorAll('[data-testid="teilziel"], [data-testid="massnahme"], [data-type="oberziel"], [data-testid="handlungsfeld"]').length)
    expect(await page.locator('.ProseMirror [data-type="oberziel"]').count()).toBeGreaterThan(0)
    expect(await page.getByTestId('block-handle').count()).toBe(blockCount)
    const oberzielHandle = page.locator('.ProseMirror [data-type="oberziel"]').first().getByTestId('block-handle')
    await oberzielHandle.click()
    expect(await page.getByTestId('block-menu').getAttribute('aria-label')).toMatch(/^Aktionen für Oberziel in [\d.]+$/)
    await page.keyboard.press('Escape')
    expect(await page.getByTestId('block-menu').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('block-handle')
    expect(await oberzielHandle.getAttribute('aria-expanded')).toBe('false')

    // A Handlungsfeld moves whole with Alt+Umschalt+↑ from its title: the numbers stay, the titles trade places.
    const titles = () => page.locator('.ProseMirror .handlungsfeld-titel').allTextContents()
    const titlesBefore = await titles()
    const sectionIndex = numbers.indexOf(to)
    await page.locator('.ProseMirror .handlungsfeld-titel').nth(sectionIndex).click()
    await page.keyboard.press('Alt+Shift+ArrowUp')
    await expect.poll(titles).toEqual(moved(titlesBefore, sectionIndex, sectionIndex - 1))
    expect((await page.getByTestId('handlungsfeld-number').allTextContents()).map((number) => number.trim())).toEqual(numbers)
    await expect.poll(() => status(page)).toBe(`Handlungsfeld ${to} nach oben verschoben, jetzt Handlungsfeld ${numbers[sectionIndex - 1]}.`)
    await page.keyboard.press('Control+z')
    await expect.poll(titles).toEqual(titlesBefore)
    expect(storedTeilziele(await readDraft(server, petersen, documentId)).filter(([, text]) => text === sourceGoal)).toHaveLength(1)

    // The reader sees every change and no handle; the keyboard moves nothing for them.
    await expect.poll(() => reader.page.getByTestId('teilziel').count()).toBe(count - 1)
    expect(await reader.page.getByTestId('block-handle').count()).toBe(0)
    const readerGoals = await goals(reader.page)
    await reader.page.getByTestId('teilziel').nth(2).locator('[data-type="teilzielZiel"] [data-field-content] p').first().click({ position: { x: 30, y: 8 } })
    await reader.page.keyboard.press('Alt+Shift+ArrowUp')
    await reader.page.keyboard.press('Shift+F10')
    expect(await reader.page.getByTestId('block-menu').count()).toBe(0)
    expect(await goals(reader.page)).toEqual(readerGoals)
    expect(await goals(page)).toEqual(readerGoals)
    await first.context.close()
    await second.context.close()
    await reader.context.close()
  })
})
