import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeBlock, ChangeModel } from '../../shared/changes/ChangeModel'
import { readFileSync } from 'node:fs'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

const fixture = 'rendsburg-eckernfoerde-beschlussvorlage.txt'
// The seed's own wording, read from its text by this test.
const aufgabenLabel = /^Möglichkeiten und Aufgaben des Kreises/m.exec(readFileSync(new URL(`../fixtures/${fixture}`, import.meta.url), 'utf8'))![0]

function attributeChangesOf(blocks: readonly ChangeBlock[]): { type: string; key: string; from: unknown; to: unknown }[] {
  return blocks.flatMap((block) => [...block.attributeChanges.map((change) => ({ type: block.type, key: change.key, from: change.from, to: change.to })), ...attributeChangesOf(block.children)])
}

describe('field labels in the editor', () => {
  let server: TestServer
  let browser: Browser
  let editor: SignedIn

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.cleanup()
  })

  it('shows the imported wording, lets an editor rename a label, and the rename is stored, exported and compared', async () => {
    const documentId = await importFixtureDocument(server, editor, fixture)
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorher', gremium: 'Verwaltung', date: '2020-08-01', status: 'Entwurf' })
    expect(frozen.status).toBe(201)
    const fassungId = ((await frozen.json()) as { id: string }).id

    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}`)
    await page.getByTestId('editor').waitFor()
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
    const firstTeilziel = page.getByTestId('teilziel').first()
    const zielgruppe = firstTeilziel.locator('[data-type="teilzielZielgruppe"]')
    expect(await firstTeilziel.locator('[data-type="teilzielAufgaben"]').getByTestId('field-label').textContent()).toBe(aufgabenLabel)
    expect(await zielgruppe.getByTestId('field-label').textContent()).toBe('Zielgruppe')

    await zielgruppe.getByTestId('field-label').hover()
    await zielgruppe.getByTestId('field-label-rename').click()
    const input = zielgruppe.getByTestId('field-label-input')
    await input.fill('Zielgruppen des Kreises')
    await input.press('Enter')
    await expect.poll(() => zielgruppe.getByTestId('field-label').textContent()).toBe('Zielgruppen des Kreises')
    expect(await zielgruppe.getAttribute('aria-label')).toBe('Zielgruppen des Kreises')

    // Escape discards what was typed.
    await zielgruppe.getByTestId('field-label-rename').click()
    await zielgruppe.getByTestId('field-label-input').fill('Verworfen')
    await zielgruppe.getByTestId('field-label-input').press('Escape')
    expect(await zielgruppe.getByTestId('field-label').textContent()).toBe('Zielgruppen des Kreises')

    await expect
      .poll(async () => {
        const response = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/export?kind=concept&format=html&version=draft`)
        return (await response.text()).split('<strong>Zielgruppen des Kreises</strong>').length - 1
      })
      .toBe(1)
    const compared = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)
    const model = (await compared.json()) as ChangeModel
    expect(attributeChangesOf(model.blocks)).toEqual([{ type: 'teilzielZielgruppe', key: 'label', from: '', to: 'Zielgruppen des Kreises' }])
    expect(model.changes.filter((change) => change.kind === 'attribute').map((change) => change.summary)).toEqual(['Bezeichnung: Zielgruppe → Zielgruppen des Kreises'])

    await page.reload()
    await page.getByTestId('editor').waitFor()
    await expect.poll(() => page.getByTestId('teilziel').first().locator('[data-type="teilzielZielgruppe"]').getByTestId('field-label').textContent()).toBe('Zielgruppen des Kreises')
    await context.close()
  })

  it('shows a reader the labels without a rename button', async () => {
    const admin = await signInAsAdmin(server)
    const reviewer = await createAccount(server, admin, { username: 'kreistag', name: 'Karla Kreistag', department: 'Kreistag', role: 'reviewer' })
    const documentId = await importFixtureDocument(server, editor, fixture)
    const { context, page } = await openSignedInPage(browser, server, reviewer, `/d/${documentId}`)
    await page.getByTestId('editor').waitFor()
    await expect.poll(() => page.getByTestId('connection-status').getAttribute('data-status')).toBe('connected')
    expect(await page.getByTestId('teilziel').first().locator('[data-type="teilzielAufgaben"]').getByTestId('field-label').textContent()).toBe(aufgabenLabel)
    expect(await page.getByTestId('field-label-rename').count()).toBeGreaterThan(100)
    expect(await page.locator('[data-testid="field-label-rename"]:visible').count()).toBe(0)
    await context.close()
  })
})
