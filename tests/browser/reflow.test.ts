import fs from 'node:fs/promises'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { findTextblock } from '../utils/findTextblock'
import { launchBrowser } from '../utils/launchBrowser'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const seed003 = new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)

/** Elements wider than the viewport, which would force reading line by line with horizontal scrolling. */
function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const offenders: string[] = []
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const style = getComputedStyle(element)
      if (style.position === 'fixed' && style.visibility === 'hidden') continue
      // Visually hidden text (clipped to 1px) is not on screen.
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)') continue
      if (box.right > width + 1 || box.left < -1) {
        // Inside a region that scrolls on its own (a wide table) is allowed (WCAG 1.4.10 exception for data tables).
        let scroller: HTMLElement | null = element.parentElement
        while (scroller && scroller !== document.body && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement
        if (scroller && scroller !== document.body) continue
        offenders.push(`${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? '.' + element.className.split(' ').join('.') : ''} [${Math.round(box.left)}–${Math.round(box.right)} of ${width}]`)
      }
    }
    // Text that runs out of its own box (a long word, a wide table cell) shows only in the box's scroll width.
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === 'visible' && ![...element.children].some((child) => (child as HTMLElement).scrollWidth > (child as HTMLElement).clientWidth + 1)) {
        offenders.push(`text of ${element.tagName.toLowerCase()}.${typeof element.className === 'string' ? element.className : ''} „${(element.textContent ?? '').trim().slice(0, 30)}“ (${element.scrollWidth} in ${element.clientWidth})`)
      }
    }
    return offenders.slice(0, 12)
  })
}

async function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1)
}

/** Tabs through the page and finds a focused control that is hidden or covered by something else. */
async function coveredFocus(page: Page, presses: number): Promise<string[]> {
  const problems: string[] = []
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab')
    const problem = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null
      if (!active || active === document.body) return null
      if (active.closest('.ProseMirror')) return 'editor'
      const box = active.getBoundingClientRect()
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1)
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 8), 0), window.innerHeight - 1)
      if (box.width === 0 || box.height === 0) return `${active.tagName} „${active.textContent?.trim().slice(0, 30)}“ has no size`
      const onTop = document.elementFromPoint(x, y)
      if (onTop && onTop !== active && !active.contains(onTop) && !onTop.contains(active) && !(onTop instanceof HTMLLabelElement && onTop.control === active)) {
        return `${active.tagName} „${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 30)}“ is covered by ${onTop.tagName}.${onTop.className}`
      }
      return null
    })
    if (problem === 'editor') break
    if (problem) problems.push(problem)
  }
  return problems
}

describe('reflow at 320 CSS pixels and 200 % zoom (WCAG 1.4.10, 1.4.4, 2.4.11) in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn
  let documentId: string
  let fassungId: string

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const other = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') })
    documentId = ((await imported.json()) as { id: string }).id
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    fassungId = ((await frozen.json()) as { id: string }).id
    const client = await createEditingClient(server, documentId, other)
    client.editor.edit((tr) => {
      const block = findTextblock(tr.doc, 'Sprachförderung zum Erlernen')
      tr.insertText(' und Alphabetisierung', block.position + 1 + block.node.content.size)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    client.destroy()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  const views = () => [
    { name: 'Übersicht', path: '/', ready: 'h1' },
    { name: 'Editor', path: `/d/${documentId}`, ready: '[data-testid="editor"]' },
    { name: 'Fassungen', path: `/d/${documentId}/fassungen`, ready: '[data-testid="fassungen-page"]' },
    { name: 'Änderungen im Text', path: `/d/${documentId}/vergleich/${fassungId}/draft`, ready: '[data-testid="change-document"]' },
    { name: 'Synopse', path: `/d/${documentId}/vergleich/${fassungId}/draft/synopse`, ready: '[data-testid="comparison-page"]' },
    { name: 'Beschlussvorlage', path: `/d/${documentId}/beschlussvorlage`, ready: '[data-testid="cover-form"]' },
  ]

  async function open(context: BrowserContext, path: string, ready: string): Promise<Page> {
    const page = await context.newPage()
    await page.goto(`${server.url}${path}`)
    await page.locator(ready).first().waitFor()
    await page.waitForTimeout(300)
    return page
  }

  for (const [label, viewport, scale] of [
    ['320 px wide', { width: 320, height: 640 }, 1],
    ['200 % zoom of a 1280 px window', { width: 640, height: 400 }, 2],
  ] as const) {
    it(`keeps every view in one column without sideways scrolling and with uncovered focus at ${label}`, async () => {
      const context = await browser.newContext({ locale: 'de-DE', viewport, deviceScaleFactor: scale })
      await context.addCookies([{ name: 'fassung_session', value: editor.token, url: server.url }])
      const failures: string[] = []
      for (const view of views()) {
        const page = await open(context, view.path, view.ready)
        if (await pageScrollsSideways(page)) failures.push(`${view.name}: scrolls sideways – ${(await overflowingElements(page)).join('; ')}`)
        const covered = await coveredFocus(page, 25)
        if (covered.length > 0) failures.push(`${view.name}: ${covered.join('; ')}`)
        await page.close()
      }
      await context.close()
      expect(failures).toEqual([])
    })
  }
})
