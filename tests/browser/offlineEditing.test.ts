import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { clickAtFieldEnd } from '../utils/clickAtFieldEnd'
import { countLocalCopyUpdates } from '../utils/countLocalCopyUpdates'
import { createTestClient, waitFor, waitForSync, type TestClient } from '../utils/createTestClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readFieldText } from '../utils/readFieldText'
import { createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import { writeWithClientId } from '../utils/writeWithClientId'

function connectionStatus(page: Page) {
  return page.getByTestId('connection-status')
}

async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('editor').waitFor()
  await expect.poll(() => connectionStatus(page).getAttribute('data-status')).toBe('connected')
}

function teilzielField(page: Page, index: number) {
  return page.getByTestId('teilziel').first().locator('.concept-field-content').nth(index)
}

/** A page of `context` whose collaboration websockets the "server" closes at once, as if it were down. */
async function openWithoutCollaborationServer(context: BrowserContext, server: TestServer, path: string): Promise<Page> {
  const page = await context.newPage()
  await page.routeWebSocket(/\/collab\//, (socket) => socket.close({ code: CloseCode.serverShutdown, reason: 'Server wird neu gestartet' }))
  await page.goto(`${server.url}${path}`)
  return page
}

function firstText(parent: Y.XmlFragment | Y.XmlElement): Y.XmlText | null {
  for (const child of parent.toArray()) {
    const found = child instanceof Y.XmlText ? child : child instanceof Y.XmlElement ? firstText(child) : null
    if (found) return found
  }
  return null
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}

describe('offline editing', () => {
  let server: TestServer
  let browser: Browser
  let admin: SignedIn
  const observers: TestClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    admin = await signInAsAdmin(server)
  })

  afterAll(async () => {
    for (const observer of observers) observer.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  async function observe(documentId: string): Promise<() => string> {
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    observers.push(observer)
    await waitForSync(observer.provider)
    return () => observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
  }

  it('keeps text typed offline across closing the tab and merges it into the server’s copy on the next visit', async () => {
    const writer = await createAccount(server, admin, { username: 'najj', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const colleague = await createAccount(server, admin, { username: 'lindner', name: 'Maria Lindner', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const documentId = await importFixtureDocument(server, writer, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const stored = await observe(documentId)
    const { context, page } = await openSignedInPage(browser, server, writer, `/d/${documentId}`)
    await openEditor(page)

    await context.setOffline(true)
    await expect.poll(() => connectionStatus(page).getAttribute('data-status')).toBe('offline')
    expect(await connectionStatus(page).textContent()).toContain('Änderungen werden lokal gespeichert')
    const localCopy = `fassung:${writer.user.id}:${documentId}`
    const updatesBefore = await countLocalCopyUpdates(page, localCopy)
    const typed = ' Offline im Zug geschrieben'
    await clickAtFieldEnd(teilzielField(page, 1))
    await page.keyboard.type(typed)
    // Every keystroke is one update in IndexedDB; once all are there, closing the tab loses nothing.
    await expect.poll(() => countLocalCopyUpdates(page, localCopy)).toBeGreaterThanOrEqual(updatesBefore + typed.length)
    expect(stored()).not.toContain('Offline im Zug geschrieben')
    await page.close()

    await context.setOffline(false)
    const reopened = await context.newPage()
    await reopened.goto(`${server.url}/d/${documentId}`)
    await openEditor(reopened)
    await expect.poll(() => readFieldText(teilzielField(reopened, 1))).toContain('Offline im Zug geschrieben')
    await waitFor(() => stored().includes('Offline im Zug geschrieben'), 'the offline text on the server')
    const other = await openSignedInPage(browser, server, colleague, `/d/${documentId}`)
    await openEditor(other.page)
    await expect.poll(() => readFieldText(teilzielField(other.page, 1))).toContain('Offline im Zug geschrieben')
    // Merged once, not twice.
    expect(stored().split('Offline im Zug geschrieben')).toHaveLength(2)

    // Offline and back online without closing the tab: the text follows as soon as the network returns.
    await context.setOffline(true)
    await expect.poll(() => connectionStatus(reopened).getAttribute('data-status')).toBe('offline')
    await clickAtFieldEnd(teilzielField(reopened, 3))
    await reopened.keyboard.type(' Kurz offline')
    await context.setOffline(false)
    await expect.poll(() => connectionStatus(reopened).getAttribute('data-status')).toBe('connected')
    await waitFor(() => stored().includes('Kurz offline'), 'the text typed during the short outage on the server')
    await expect.poll(() => readFieldText(teilzielField(other.page, 3))).toContain('Kurz offline')
    await other.context.close()
    await context.close()
  })

  it('sends text typed offline under a fresh clientID when another editor took the page’s clientID meanwhile, and stays editable', async () => {
    const writer = await createAccount(server, admin, { username: 'roth', name: 'Petra Roth', department: 'Fachdienst Soziales', role: 'editor' })
    const squatter = await createAccount(server, admin, { username: 'krause', name: 'Uwe Krause', department: 'Jobcenter', role: 'editor' })
    const documentId = await importFixtureDocument(server, writer, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const observer = createTestClient(server.wsUrl, documentId, { params: { token: admin.token } })
    observers.push(observer)
    await waitForSync(observer.provider)
    const stored = () => observer.ydoc.getXmlFragment(CONTENT_FRAGMENT).toString()
    const { context, page } = await openSignedInPage(browser, server, writer, `/d/${documentId}`)
    await openEditor(page)
    // Everyone in the document sees the page's clientID: it keys the page's presence.
    const presentClientId = () => [...observer.provider.awareness.getStates()].find(([, state]) => (state['user'] as { id?: string } | undefined)?.id === writer.user.id)?.[0]
    await waitFor(() => presentClientId() !== undefined, 'the writer’s presence')
    const clientId = presentClientId()!

    await context.setOffline(true)
    await expect.poll(() => connectionStatus(page).getAttribute('data-status')).toBe('offline')
    const localCopy = `fassung:${writer.user.id}:${documentId}`
    const updatesBefore = await countLocalCopyUpdates(page, localCopy)
    const typed = ' Offline geschrieben, dann gekapert'
    await clickAtFieldEnd(teilzielField(page, 1))
    await page.keyboard.type(typed)
    await expect.poll(() => countLocalCopyUpdates(page, localCopy)).toBeGreaterThanOrEqual(updatesBefore + typed.length)

    // Fewer items than the page wrote, some deleted again: the server refuses the page's items (4422).
    const squat = await writeWithClientId(server, documentId, squatter, observer.ydoc, clientId, (forged) => {
      const text = firstText(forged.getXmlFragment(CONTENT_FRAGMENT))!
      text.insert(0, 'Gekapert: weg ')
      text.delete('Gekapert: '.length, 'weg '.length)
    })
    await waitFor(() => stored().includes('Gekapert: '), 'the squatter’s text on the server')
    expect(squat.closeCodes).toEqual([])
    squat.close()

    await context.setOffline(false)
    await waitFor(() => stored().includes('Offline geschrieben, dann gekapert'), 'the offline text on the server')
    await expect.poll(() => connectionStatus(page).getAttribute('data-status')).toBe('connected')
    await expect.poll(() => readFieldText(teilzielField(page, 1))).toContain('Offline geschrieben, dann gekapert')
    await clickAtFieldEnd(teilzielField(page, 3))
    await page.keyboard.type(' Danach weiter')
    await waitFor(() => stored().includes('Danach weiter'), 'the next edit on the server')

    // The local copy was rewritten: opened again, it sends nothing a second time.
    await page.reload()
    await openEditor(page)
    await clickAtFieldEnd(teilzielField(page, 4))
    await page.keyboard.type(' Nach dem Neuladen')
    await waitFor(() => stored().includes('Nach dem Neuladen'), 'the edit after reloading on the server')
    await expect.poll(() => readFieldText(teilzielField(page, 1))).toContain('Offline geschrieben, dann gekapert')
    expect(occurrences(stored(), 'Offline geschrieben, dann gekapert')).toBe(1)
    expect(occurrences(stored(), 'Gekapert: ')).toBe(1)
    expect(occurrences(stored(), 'Danach weiter')).toBe(1)
    await context.close()
  })

  it('opens on the browser’s own copy when the server cannot be reached, and not at all without one', async () => {
    const writer = await createAccount(server, admin, { username: 'berg', name: 'Anna Berg', department: 'Jobcenter', role: 'editor' })
    const knownId = await importFixtureDocument(server, writer, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const freshId = await createDocument(server, writer, 'Noch nie geöffnet')
    const storedKnown = await observe(knownId)
    const storedFresh = await observe(freshId)
    const { context, page } = await openSignedInPage(browser, server, writer, `/d/${knownId}`)
    await openEditor(page)
    await page.close()

    // Without the collaboration server the provider gives up after about eight seconds and the state turns "offline".
    const [known, fresh] = await Promise.all([openWithoutCollaborationServer(context, server, `/d/${knownId}`), openWithoutCollaborationServer(context, server, `/d/${freshId}`)])
    await expect.poll(() => connectionStatus(known).getAttribute('data-status'), { timeout: 20_000 }).toBe('offline')
    await known.getByTestId('editor').waitFor()
    expect(await known.getByTestId('teilziel').count()).toBe(21)
    const typed = ' Ohne Server geschrieben'
    await clickAtFieldEnd(teilzielField(known, 2))
    await known.keyboard.type(typed)
    await expect.poll(() => readFieldText(teilzielField(known, 2))).toContain('Ohne Server geschrieben')

    // A document this browser has never held stays closed: an editor on an empty document would write a paragraph of its own into it.
    await expect.poll(() => connectionStatus(fresh).getAttribute('data-status'), { timeout: 20_000 }).toBe('offline')
    expect(await fresh.getByRole('status').filter({ hasText: 'keine Kopie' }).count()).toBe(1)
    expect(await fresh.getByTestId('editor').count()).toBe(0)
    await fresh.close()

    const localCopy = `fassung:${writer.user.id}:${knownId}`
    await expect.poll(() => countLocalCopyUpdates(known, localCopy)).toBeGreaterThan(typed.length)
    await known.close()
    const online = await context.newPage()
    await online.goto(`${server.url}/d/${knownId}`)
    await openEditor(online)
    await waitFor(() => storedKnown().includes('Ohne Server geschrieben'), 'the text written without server on the server')

    // The fresh document, now opened with the server, still has exactly its one initial paragraph: anything the
    // editor wrote on opening would reach the server before the text typed afterwards.
    await online.goto(`${server.url}/d/${freshId}`)
    await openEditor(online)
    await online.getByTestId('editor').click()
    await online.keyboard.type('Erster Satz')
    await waitFor(() => storedFresh().includes('Erster Satz'), 'the first sentence on the server')
    expect(storedFresh().match(/<paragraph/g)).toHaveLength(1)
    await context.close()
  })
})
