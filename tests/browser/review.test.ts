import fs from 'node:fs/promises'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { runAxe } from '../utils/runAxe'
import { saveReviewScreenshot } from '../utils/saveReviewScreenshot'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../utils/testAccounts'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { NodeName } from '../../shared/schema/nodeNames'
import { createEditingClient, type EditingClient } from '../utils/createEditingClient'
import { findNode } from '../utils/findNode'
import { findTextblock } from '../utils/findTextblock'
import { smallConceptJson } from '../utils/smallConceptJson'

const seed003 = new URL('../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)
const typed = ' und ihre Familien aus dem Browser'

async function waitForConnectedEditor(page: Page): Promise<void> {
  await page.getByTestId('editor').waitFor()
  await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
}

/** Puts the caret at the end of a field by clicking just inside the bottom right corner of its text. */
async function clickIntoFieldEnd(field: Locator): Promise<void> {
  const box = await field.boundingBox()
  if (!box) throw new Error('the field is not visible')
  await field.click({ position: { x: box.width - 3, y: box.height - 6 } })
  await field.page().keyboard.press('End')
}

describe('Fassungen, comparison and Synopse in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let zuwanderung: SignedIn
  let jugend: SignedIn
  let documentId: string
  const clients: EditingClient[] = []

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    const imported = await callApi(server, zuwanderung.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
  })

  afterAll(async () => {
    for (const client of clients) client.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('freezes a Fassung, shows another department’s edit live and attributed, rejects it for everyone, and lays out the Synopse', async () => {
    // Zuwanderung freezes the imported text as the AFS Fassung, through the UI.
    const reviewer = await openSignedInPage(browser, server, zuwanderung, `/d/${documentId}`)
    const page = reviewer.page
    await waitForConnectedEditor(page)
    await page.getByTestId('open-fassungen').click()
    await page.getByTestId('fassungen-page').waitFor()
    // The Beratungsfolge came with the imported cover sheet; the AFS joins it.
    const beratungsfolgeRows = page.getByTestId('beratungsfolge-row')
    const importedRows = await beratungsfolgeRows.count()
    await page.getByTestId('beratungsfolge-add').click()
    await beratungsfolgeRows.last().getByTestId('beratungsfolge-datum').fill('2021-03-21')
    await beratungsfolgeRows.last().getByTestId('beratungsfolge-gremium').fill('Ausschuss für Familie und Soziales (AFS)')
    await beratungsfolgeRows.last().getByTestId('beratungsfolge-zustaendigkeit').fill('Vorberatung')
    await page.getByTestId('beratungsfolge-save').click()
    await expect.poll(async () => (await callApi(server, zuwanderung.token, 'GET', `/api/documents/${documentId}/metadata`).then((response) => response.json() as Promise<{ beratungsfolge: unknown[] }>)).beratungsfolge.length).toBe(importedRows + 1)
    await page.getByTestId('freeze-beratungsfolge').selectOption({ label: '21.03.2021 · Ausschuss für Familie und Soziales (AFS) · Vorberatung' })
    await page.getByTestId('freeze-name').fill('Vorlage AFS')
    await page.getByTestId('freeze-gremium').fill('Ausschuss für Familie und Soziales (AFS)')
    await page.getByTestId('freeze-date').fill('2021-03-21')
    await page.getByTestId('freeze-status').selectOption('Beschlussempfehlung')
    await page.getByTestId('freeze-submit').click()
    await expect.poll(() => page.getByTestId('fassung-label').allTextContents()).toEqual(['i.d.F. vom 21.03.2021 (AFS)'])
    await expect.poll(() => page.getByTestId('fassung-row').first().textContent()).toContain('21.03.2021 · Vorberatung')
    await saveReviewScreenshot(page, 'fassungen')

    // Jugend und Familie types into a Teilziel field in a second browser context.
    const writer = await openSignedInPage(browser, server, jugend, `/d/${documentId}`)
    await waitForConnectedEditor(writer.page)
    const zielgruppe = writer.page.getByTestId('teilziel').first().locator('.concept-field-content').nth(2)
    await clickIntoFieldEnd(zielgruppe)
    await writer.page.keyboard.type(typed)
    await expect.poll(() => zielgruppe.textContent()).toContain(typed.trim())
    expect((await zielgruppe.textContent())?.split(typed.trim())).toHaveLength(2)

    // The comparison since the last Fassung shows the edit, attributed to Jugend und Familie.
    await page.getByTestId('since-last-fassung').click()
    await page.getByTestId('comparison-page').waitFor()
    const mark = page.getByTestId('change-mark').filter({ hasText: typed.trim() })
    const marksWithTyped = async () => (await page.getByTestId('change-mark').allTextContents()).filter((text) => text.includes(typed.trim()))
    await expect.poll(marksWithTyped).toEqual([typed])
    expect(await mark.evaluate((element) => element.tagName)).toBe('INS')
    await mark.focus()
    const tooltip = page.getByTestId('change-tooltip')
    await tooltip.waitFor()
    expect(await tooltip.textContent()).toMatch(/Jana Krüger · Jugend und Familie · \d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/)
    await page.keyboard.press('Escape')
    await expect.poll(() => tooltip.count()).toBe(0)
    await mark.hover()
    await expect.poll(() => tooltip.textContent()).toContain('Jugend und Familie')

    const item = page.getByTestId('change-item').filter({ hasText: typed.trim() })
    expect(await item.getByTestId('change-item-author').textContent()).toContain('Jana Krüger · Jugend und Familie')
    await expect.poll(() => page.getByTestId('legend-department').allTextContents()).toContain('Jugend und Familie')

    // The comparison follows the draft while the other department keeps typing.
    await writer.page.keyboard.type(' live')
    await expect.poll(() => mark.textContent(), { timeout: 10_000 }).toContain(`${typed.trim()} live`)

    // Vorherige/Nächste reach the change and focus it.
    await page.getByTestId('filter-department').selectOption('Jugend und Familie')
    await page.getByTestId('change-next').click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(typed.trim())
    await saveReviewScreenshot(page, 'comparison')
    const comparisonViolations = await runAxe(page)
    expect(comparisonViolations, JSON.stringify(comparisonViolations, null, 2)).toEqual([])

    // The Synopse: the inserted passage underlined in the right column only.
    await page.getByTestId('view-synopse').click()
    await page.getByTestId('synopse').waitFor()
    expect(await page.getByTestId('synopse-header-left').textContent()).toContain('i.d.F. vom 21.03.2021 (AFS)')
    expect(await page.getByTestId('synopse-header-right').textContent()).toContain('Aktueller Entwurf')
    const inserted = page.getByTestId('synopse-right').locator('ins', { hasText: typed.trim() })
    await expect.poll(() => inserted.allTextContents()).toEqual([`${typed} live`])
    expect(await inserted.evaluate((element) => getComputedStyle(element).textDecorationLine)).toContain('underline')
    const changedRow = page.getByTestId('synopse-row').filter({ has: inserted })
    expect(await changedRow.getByTestId('synopse-left').textContent()).not.toContain(typed.trim())
    expect(await changedRow.getByTestId('synopse-left').locator('ins').count()).toBe(0)
    expect(await page.getByTestId('synopse-left').filter({ hasText: typed.trim() }).count()).toBe(0)
    await expect.poll(() => page.getByTestId('synopse-gap').count()).toBeGreaterThan(0)
    await saveReviewScreenshot(page, 'synopse')
    const synopseViolations = await runAxe(page)
    expect(synopseViolations, JSON.stringify(synopseViolations, null, 2)).toEqual([])
    await page.getByTestId('synopse-toggle-unchanged').click()
    await expect.poll(() => page.getByTestId('synopse-gap').count()).toBe(0)

    // Accepting records the decision; rejecting it after all restores the text in the other department's editor.
    await page.getByTestId('view-inline').click()
    const changeItem = page.getByTestId('change-item').filter({ hasText: typed.trim() })
    await changeItem.getByTestId('change-accept').click()
    await expect.poll(() => changeItem.getByTestId('change-item-decision').textContent()).toContain('Angenommen von Said Najj am')
    expect(await changeItem.getByTestId('change-accept').count()).toBe(0)
    await expect.poll(() => page.getByTestId('change-mark').filter({ hasText: typed.trim() }).getAttribute('class')).toContain('is-accepted')
    await changeItem.getByTestId('change-reject').click()
    await expect.poll(() => page.getByTestId('review-notice').textContent()).toContain('abgelehnt')
    await expect.poll(() => writer.page.getByTestId('editor').textContent(), { timeout: 15_000 }).not.toContain(typed.trim())
    await expect.poll(() => page.getByTestId('change-mark').filter({ hasText: typed.trim() }).count()).toBe(0)
    await expect.poll(() => page.getByTestId('no-changes').count()).toBe(1)

    await writer.context.close()
    await reviewer.context.close()
  })

  it('shows moves, attribute changes and renumbering to a committee member, who comments but cannot decide', async () => {
    const admin = await signInAsAdmin(server)
    const gleichstellung = await createAccount(server, admin, { username: 'gleichstellung', name: 'Gesa Hansen', department: 'Gleichstellungsbeauftragte', role: 'editor' })
    const ausschuss = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozial- und Gesundheitsausschuss', role: 'reviewer' })
    const smallId = await createDocument(server, zuwanderung, 'Kleines Konzept')
    const connect = async (account: SignedIn) => {
      const client = await createEditingClient(server, smallId, account)
      clients.push(client)
      return client
    }
    const author = await connect(zuwanderung)
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    const compare = async (from: string) => (await (await callApi(server, ausschuss.token, 'GET', `/api/documents/${smallId}/compare?from=${from}&to=draft`)).json()) as ChangeModel
    const fassungResponse = await callApi(server, zuwanderung.token, 'POST', `/api/documents/${smallId}/fassungen`, { name: 'Vorlage', gremium: 'Ausschuss für Familie und Soziales (AFS)', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await fassungResponse.json()) as { id: string }).id
    expect((await compare(fassungId)).changes).toEqual([])

    const jugendClient = await connect(jugend)
    jugendClient.editor.edit((tr) => {
      const schema = tr.doc.type.schema
      const first = findNode(tr.doc, (node) => node.type.name === NodeName.handlungsfeld)
      tr.insert(first.position, schema.nodes[NodeName.handlungsfeld]!.create(null, [schema.nodes[NodeName.handlungsfeldTitel]!.create(null, schema.text('Gesundheit'))]))
    })
    const gleichstellungClient = await connect(gleichstellung)
    gleichstellungClient.editor.edit((tr) => {
      const moved = findNode(tr.doc, (node) => node.type.name === NodeName.teilziel, 1)
      tr.delete(moved.position, moved.position + moved.node.nodeSize)
      const target = findNode(tr.doc, (node) => node.type.name === NodeName.massnahme)
      tr.insert(target.position, moved.node)
    })
    author.editor.edit((tr) => {
      tr.setNodeAttribute(findNode(tr.doc, (node) => node.type.name === NodeName.massnahme).position, 'code', 'S2')
      const goal = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
      tr.delete(goal.textStart + 'Die Betreuung'.length, goal.textStart + 'Die Betreuung ist'.length)
    })
    await expect.poll(async () => (await compare(fassungId)).changes.map((change) => change.kind).sort()).toEqual(['attribute', 'deletion', 'insertion', 'move'])

    const { context, page } = await openSignedInPage(browser, server, ausschuss, `/d/${smallId}/vergleich/${fassungId}/draft`)
    await page.getByTestId('change-document').waitFor()
    await expect.poll(() => page.getByTestId('change-item').count()).toBe(4)
    expect(await page.getByTestId('change-accept').count()).toBe(0)
    expect(await page.getByTestId('change-reject').count()).toBe(0)
    expect(await page.getByTestId('bulk-decisions').count()).toBe(0)
    expect(await page.getByTestId('review-sidebar').textContent()).toContain('Annehmen oder ablehnen können die bearbeitenden Fachdienste')

    const badges = await page.getByTestId('change-badge').allTextContents()
    expect(badges).toContain('Kürzel S1 → S2')
    expect(badges).toContain('Eingefügt: Handlungsfeld · Jugend und Familie')
    // Where it stood is numbered as in the older Fassung, where it stands as in the newer one.
    expect(badges.find((badge) => badge.startsWith('Verschoben von'))).toBe('Verschoben von 1.1 Bildung nach 1.3 Arbeit')
    expect(await page.getByTestId('move-source').textContent()).toContain('verschoben nach 1.3 Arbeit')
    const renumbered = await page.getByTestId('renumbered').allTextContents()
    expect(renumbered.map((text) => text.replace(/Neu nummeriert, bisher |, jetzt /g, '').trim())).toEqual(['1.1 → 1.2', '1.2 → 1.3'])
    expect(await page.getByTestId('change-teilziel').first().getAttribute('aria-label')).toBe('Teilziel 1 · 1.2')
    const deletion = page.getByTestId('change-mark').filter({ hasText: ' ist' })
    expect(await deletion.evaluate((element) => element.tagName)).toBe('DEL')
    await deletion.focus()
    await expect.poll(() => page.getByTestId('change-tooltip').textContent()).toContain('Said Najj · Fachdienst Zuwanderung')
    await expect.poll(() => page.getByTestId('legend-department').allTextContents()).toEqual(['Fachdienst Zuwanderung', 'Gleichstellungsbeauftragte', 'Jugend und Familie'])

    // A committee member comments on the move; the thread can be answered and resolved.
    const moveItem = page.getByTestId('change-item').filter({ hasText: 'Verschiebung' })
    await moveItem.getByTestId('change-comment').click()
    await expect.poll(() => page.getByTestId('new-comment-target').textContent()).toContain('Verschiebung')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('new-comment-body')
    await page.keyboard.type('Warum gehört dieses Teilziel jetzt zur Arbeit?')
    await page.getByTestId('new-comment-submit').click()
    const thread = page.getByTestId('comment-thread')
    await expect.poll(() => thread.count()).toBe(1)
    expect(await thread.textContent()).toContain('Karl Ausschuss · Sozial- und Gesundheitsausschuss')
    await expect.poll(() => moveItem.getByTestId('change-comment').textContent()).toContain('Kommentare (1)')
    await thread.getByTestId('reply-body').fill('Weil die Sprachförderung dort angesiedelt ist.')
    await thread.getByTestId('reply-submit').click()
    await expect.poll(() => thread.getByTestId('comment').count()).toBe(2)
    await saveReviewScreenshot(page, 'committee')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await thread.getByTestId('thread-resolve').click()
    await expect.poll(() => page.getByText('Erledigte Kommentare (1)').count()).toBe(1)

    // Committee members see the Fassungen and the Beratungsfolge but freeze nothing.
    await page.getByTestId('to-fassungen').click()
    await page.getByTestId('fassungen-page').waitFor()
    await expect.poll(() => page.getByTestId('fassung-row').count()).toBe(1)
    expect(await page.getByTestId('freeze-form').count()).toBe(0)
    expect(await page.getByTestId('beratungsfolge-editor').count()).toBe(0)

    // The Fassung itself reads as frozen: the Maßnahme still S1, no Gesundheit.
    await page.getByTestId('fassung-open').click()
    const frozen = page.getByTestId('fassung-text')
    await frozen.waitFor()
    await expect.poll(() => frozen.textContent()).toContain('Die Betreuung ist sichergestellt.')
    expect(await frozen.textContent()).not.toContain('Gesundheit')
    expect(await page.getByTestId('massnahme-code').inputValue()).toBe('S1')
    await saveReviewScreenshot(page, 'fassung-reader')
    const readerViolations = await runAxe(page)
    expect(readerViolations, JSON.stringify(readerViolations, null, 2)).toEqual([])
    await context.close()
  })

  it('says where each change stands and shows a deleted list item as one readable line', async () => {
    const listId = await createDocument(server, zuwanderung, 'Konzept mit Liste')
    const author = await createEditingClient(server, listId, zuwanderung)
    clients.push(author)
    const withList = JSON.parse(JSON.stringify(smallConceptJson)) as typeof smallConceptJson
    const item = (text: string) => ({ type: NodeName.listItem, content: [{ type: NodeName.paragraph, content: [{ type: 'text', text }] }] })
    const activities = withList.content![1]!.content![2]!.content![3]!
    activities.content![0]!.content = [item('Kita-Leitungstreffen'), item('Abstimmung der Qualität'), item('Kooperation mit dem BAMF')]
    author.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(withList).content))
    const fassungResponse = await callApi(server, zuwanderung.token, 'POST', `/api/documents/${listId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await fassungResponse.json()) as { id: string }).id

    const writer = await createEditingClient(server, listId, jugend)
    clients.push(writer)
    writer.editor.edit((tr) => {
      const removed = findNode(tr.doc, (node) => node.type.name === NodeName.listItem && node.textContent === 'Abstimmung der Qualität')
      tr.delete(removed.position, removed.position + removed.node.nodeSize)
    })
    writer.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Alle Kinder haben Zugang zu Bildung.')
      tr.insertText(' Von Anfang an.', target.position + 1 + target.node.content.size)
    })
    await expect.poll(async () => ((await (await callApi(server, zuwanderung.token, 'GET', `/api/documents/${listId}/compare?from=${fassungId}&to=draft`)).json()) as ChangeModel).changes.length).toBe(2)

    const { context, page } = await openSignedInPage(browser, server, zuwanderung, `/d/${listId}/vergleich/${fassungId}/draft`)
    await page.getByTestId('change-document').waitFor()
    await expect.poll(() => page.getByTestId('change-item').count()).toBe(2)
    // Every change says where it stands: block and section number.
    const locations = await page.getByTestId('change-item-location').allTextContents()
    expect(locations).toHaveLength(2)
    expect(locations[0]).toBe('Oberziel · 1.1')
    expect(locations[1]).toMatch(/^Teilziel 1 · .* · 1\.1$/)

    // The deleted list item: its text on one line, as it was written, its badge above it.
    const deleted = page.locator('li.change-block--deleted').filter({ hasText: 'Abstimmung der Qualität' })
    await deleted.waitFor()
    const text = deleted.locator('p')
    expect(await text.textContent()).toBe('Abstimmung der Qualität')
    const lines = await text.evaluate((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    })
    expect(lines).toBe(1)
    await saveReviewScreenshot(page, 'deleted-list-item')

    // The Synopse says which section every row belongs to.
    await page.getByTestId('view-synopse').click()
    await page.getByTestId('synopse').waitFor()
    const changedRow = page.getByTestId('synopse-row').filter({ hasText: 'Von Anfang an.' })
    expect(await changedRow.getByTestId('synopse-location').allTextContents()).toEqual(['Oberziel · 1.1', 'Oberziel · 1.1'])
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
    await context.close()
  })
})
