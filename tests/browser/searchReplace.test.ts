import type { JSONContent } from '@tiptap/core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { replaceContent } from '../utils/replaceContent'
import { runAxe } from '../utils/runAxe'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { waitForConnectedEditor } from '../utils/waitForConnectedEditor'

/** The text of every textblock in document order, and the node types without text: read from ProseMirror JSON. */
function readJson(doc: JSONContent): { texts: string[]; skeleton: string[] } {
  const texts: string[] = []
  const skeleton: string[] = []
  const visit = (node: JSONContent) => {
    if (node.type === 'text') return
    skeleton.push(node.type ?? '')
    const children = node.content ?? []
    if (children.length > 0 && children.every((child) => child.type === 'text' || child.type === 'hardBreak')) {
      texts.push(children.map((child) => child.text ?? '\n').join(''))
      return
    }
    if (['paragraph', 'heading', 'handlungsfeldTitel'].includes(node.type ?? '') && children.length === 0) texts.push('')
    children.forEach(visit)
  }
  visit(doc)
  return { texts, skeleton }
}

async function readDraft(server: TestServer, account: SignedIn, documentId: string) {
  const response = await callApi(server, account.token, 'GET', `/api/documents/${documentId}/versions/draft`)
  return readJson(((await response.json()) as { doc: JSONContent }).doc)
}

/** Every inserted or deleted run of a comparison, with its author. */
function collectRuns(model: unknown): { text: string; status: string; userId: string | undefined }[] {
  const runs: { text: string; status: string; userId: string | undefined }[] = []
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if ((record['status'] === 'inserted' || record['status'] === 'deleted') && typeof record['text'] === 'string') {
      runs.push({ text: record['text'], status: record['status'], userId: (record['author'] as { userId?: string } | null | undefined)?.userId })
    }
    Object.values(record).forEach(visit)
  }
  visit(model)
  return runs
}

/** The texts with the `index`-th occurrence of `needle` (counted across all texts, from 0) replaced. */
function replaceOccurrence(texts: string[], needle: string, index: number, replacement: string): string[] {
  let seen = 0
  return texts.map((text) => {
    const parts = text.split(needle)
    const local = index - seen
    seen += parts.length - 1
    if (local < 0 || local >= parts.length - 1) return text
    return parts.slice(0, local + 1).join(needle) + replacement + parts.slice(local + 1).join(needle)
  })
}

const count = (page: Page) => page.getByTestId('search-count').textContent()
const occurrences = (texts: string[], needle: string) => texts.reduce((sum, text) => sum + text.split(needle).length - 1, 0)

describe('search and replace in the editor', () => {
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

  it('finds across every field, navigates by keyboard, replaces one and all as single undo steps that reach the other editor attributed to the replacer; readers search only', async () => {
    const admin = await signInAsAdmin(server)
    const najj = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const lindner = await createAccount(server, admin, { username: 'lindner', name: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const reader = await createAccount(server, admin, { username: 'kreistag', name: 'Karl Kreistag', department: 'Kreistag', role: 'reviewer' })
    const documentId = await createDocument(server, admin, 'Suchen und Ersetzen')
    await replaceContent(server, documentId, admin.user.id, smallConceptJson)
    const original = await readDraft(server, admin, documentId)
    const total = occurrences(original.texts, 'Kinder')
    expect(total).toBeGreaterThanOrEqual(4)
    const frozen = await callApi(server, admin.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorher', gremium: 'Verwaltung', date: '2025-01-15', status: 'Entwurf' })
    const fassungId = ((await frozen.json()) as { id: string }).id

    const first = await openSignedInPage(browser, server, najj, `/d/${documentId}`)
    const second = await openSignedInPage(browser, server, lindner, `/d/${documentId}`)
    await Promise.all([waitForConnectedEditor(first.page), waitForConnectedEditor(second.page)])
    const { page } = first

    await page.getByTestId('editor').getByText('Bildung', { exact: true }).click()
    await page.keyboard.press('Control+f')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input')
    await page.keyboard.type('kinder')
    await expect.poll(() => count(page)).toBe(`1 von ${total}`)
    expect(await page.locator('.search-match').count()).toBe(total)
    expect(await page.getByTestId('search-match-current').textContent()).toBe('Kinder')

    await page.keyboard.press('Enter')
    await expect.poll(() => count(page)).toBe(`2 von ${total}`)
    await page.keyboard.press('Shift+Enter')
    await expect.poll(() => count(page)).toBe(`1 von ${total}`)
    await page.keyboard.press('F3')
    await page.keyboard.press('F3')
    await expect.poll(() => count(page)).toBe(`3 von ${total}`)
    await page.keyboard.press('Shift+F3')
    await expect.poll(() => count(page)).toBe(`2 von ${total}`)
    // The second "Kinder" in document order: the oracle's textblocks hold it.
    const secondHolder = original.texts.filter((text) => text.includes('Kinder'))[1] ?? ''
    const currentBlock = () => page.getByTestId('search-match-current').evaluate((element) => element.closest('p, h1, h2, h3, .handlungsfeld-title, [data-field-content]')?.textContent ?? element.parentElement?.textContent ?? '')
    expect(await currentBlock()).toContain(secondHolder)

    // A new search starts at the caret, which stands on the current match.
    await page.getByTestId('search-whole-word').check()
    await page.getByTestId('search-input').fill('Kind')
    await expect.poll(() => count(page)).toBe('Keine Treffer')
    await page.getByTestId('search-whole-word').uncheck()
    await expect.poll(() => count(page)).toBe(`2 von ${total}`)
    await page.getByTestId('search-case-sensitive').check()
    await page.getByTestId('search-input').fill('kinder')
    await expect.poll(() => count(page)).toBe('Keine Treffer')
    await page.getByTestId('search-input').fill('Kinder')
    await expect.poll(() => count(page)).toBe(`2 von ${total}`)
    await page.getByTestId('search-input').press('Enter')
    await expect.poll(() => count(page)).toBe(`3 von ${total}`)

    // Esc closes the bar and leaves the caret in the text, on the match.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByTestId('search-bar').count()).toBe(0)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor')
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Kinder')

    // Strg+H starts with the selected word and puts the focus in the replacement.
    await page.keyboard.press('Control+h')
    await expect.poll(() => page.getByTestId('search-input').inputValue()).toBe('Kinder')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('replace-input')
    await page.keyboard.type('Mädchen und Jungen')
    await expect.poll(() => count(page)).toBe(`3 von ${total}`)
    await page.getByTestId('replace-one').click()
    await expect.poll(() => count(page)).toBe(`1 Stelle ersetzt. 3 von ${total - 1}`)

    const afterOne = replaceOccurrence(original.texts, 'Kinder', 2, 'Mädchen und Jungen')
    await expect.poll(async () => (await readDraft(server, admin, documentId)).texts).toEqual(afterOne)

    await page.getByTestId('replace-all').click()
    await expect.poll(() => count(page)).toBe(`${total - 1} Stellen ersetzt. Keine Treffer`)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input')
    const afterAll = original.texts.map((text) => text.split('Kinder').join('Mädchen und Jungen'))
    await expect.poll(async () => (await readDraft(server, admin, documentId)).texts).toEqual(afterAll)
    expect((await readDraft(server, admin, documentId)).skeleton).toEqual(original.skeleton)
    await expect.poll(() => second.page.getByTestId('editor').textContent()).not.toContain('Kinder')
    expect((await second.page.getByTestId('editor').textContent())?.split('Mädchen und Jungen').length).toBe(total + 1)

    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    // The comparison credits the replacement to the editor who made it.
    const comparison = await (await callApi(server, admin.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)).json()
    const runs = collectRuns(comparison)
    const inserted = runs.filter((run) => run.status === 'inserted')
    expect(inserted.map((run) => run.text).join('')).toContain('Mädchen und Jungen')
    expect(new Set(inserted.map((run) => run.userId))).toEqual(new Set([najj.user.id]))
    expect(new Set(runs.filter((run) => run.status === 'deleted').map((run) => run.userId))).toEqual(new Set([najj.user.id]))

    // Each replacement is one undo step.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await readDraft(server, admin, documentId)).texts).toEqual(afterOne)
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await readDraft(server, admin, documentId)).texts).toEqual(original.texts)
    await expect.poll(() => second.page.getByTestId('editor').textContent()).not.toContain('Mädchen')

    // A reader finds, but has nothing to replace with.
    const third = await openSignedInPage(browser, server, reader, `/d/${documentId}`)
    await waitForConnectedEditor(third.page)
    await third.page.getByTestId('editor').getByText('Bildung', { exact: true }).click()
    await third.page.keyboard.press('Control+h')
    await third.page.getByTestId('search-input').fill('Kinder')
    await expect.poll(() => count(third.page)).toBe(`1 von ${total}`)
    expect(await third.page.getByTestId('replace-input').count()).toBe(0)
    expect(await third.page.getByTestId('replace-all').count()).toBe(0)
    const readerViolations = await runAxe(third.page)
    expect(readerViolations, JSON.stringify(readerViolations, null, 2)).toEqual([])

    await Promise.all([first.context.close(), second.context.close(), third.context.close()])
  })
  it('scrolls a long concept to the current match, clear of the toolbar and the search bar', async () => {
    const admin = await signInAsAdmin(server)
    const documentId = await importFixtureDocument(server, admin, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const { texts } = await readDraft(server, admin, documentId)
    const total = occurrences(texts, 'Perspektive')
    expect(total).toBeGreaterThanOrEqual(1)
    const { context, page } = await openSignedInPage(browser, server, admin, `/d/${documentId}`)
    await waitForConnectedEditor(page)
    await page.getByTestId('editor').click({ position: { x: 20, y: 20 } })
    await page.keyboard.press('Control+Home')
    expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200)
    await page.keyboard.press('Control+f')
    await page.keyboard.type('Perspektive')
    await expect.poll(() => count(page)).toBe(`1 von ${total}`)
    const visible = async () => {
      const match = await page.getByTestId('search-match-current').boundingBox()
      const toolbar = await page.locator('[role="toolbar"]').boundingBox()
      const bar = await page.getByTestId('search-bar').boundingBox()
      const viewport = page.viewportSize()
      if (!match || !toolbar || !bar || !viewport) return false
      return match.y >= toolbar.y + toolbar.height && match.y + match.height <= Math.min(viewport.height, bar.y)
    }
    await expect.poll(visible).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000)
    await context.close()
  })
})
