import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../shared/changes/ChangeModel'
import { createEditingClient, type EditingClient } from '../utils/createEditingClient'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { findTextblock } from '../utils/findTextblock'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { smallConceptJson } from '../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin } from '../utils/testAccounts'

const noTarget = 'Wählen Sie eine Änderung aus oder markieren Sie eine Textstelle im Text.'

describe('the new-comment form of a comparison', () => {
  let server: TestServer
  let browser: Browser
  let client: EditingClient | undefined

  beforeAll(async () => {
    server = await createTestServer()
    browser = await launchBrowser()
  })

  afterAll(async () => {
    client?.destroy()
    await browser?.close()
    await server?.cleanup()
  })

  it('forgets what the last comment referred to once it is saved, and takes the change again when asked', async () => {
    const admin = await signInAsAdmin(server)
    const editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    const reviewer = await createAccount(server, admin, { username: 'sga', name: 'Karl Ausschuss', department: 'Sozialausschuss', role: 'reviewer' })
    const documentId = await createDocument(server, editor, 'Kleines Konzept')
    client = await createEditingClient(server, documentId, editor)
    client.editor.edit((tr) => tr.replaceWith(0, tr.doc.content.size, tr.doc.type.schema.nodeFromJSON(smallConceptJson).content))
    const fassung = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'AFS', date: '2021-03-21', status: 'Entwurf' })
    const fassungId = ((await fassung.json()) as { id: string }).id
    client.editor.edit((tr) => {
      const goal = findTextblock(tr.doc, 'Die Betreuung ist sichergestellt.')
      tr.delete(goal.textStart + 'Die Betreuung'.length, goal.textStart + 'Die Betreuung ist'.length)
    })
    const compare = async () => ((await (await callApi(server, reviewer.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)).json()) as ChangeModel).changes
    await expect.poll(async () => (await compare()).length).toBe(1)

    const { context, page } = await openSignedInPage(browser, server, reviewer, `/d/${documentId}/vergleich/${fassungId}/draft`)
    await page.getByTestId('change-document').waitFor()
    const target = page.getByTestId('new-comment-target')
    const threads = page.getByTestId('comment-thread')
    expect(await target.textContent()).toBe(noTarget)

    // On the change: after saving, the form no longer says it refers to that change.
    await page.getByTestId('change-item').first().getByTestId('change-comment').click()
    await expect.poll(() => target.textContent()).toContain('Bezieht sich auf:')
    await page.keyboard.type('Warum fällt das „ist“ weg?')
    await page.getByTestId('new-comment-submit').click()
    await expect.poll(() => threads.count()).toBe(1)
    await expect.poll(() => target.textContent()).toBe(noTarget)
    await page.getByTestId('new-comment-body').fill('Noch eine Frage')
    await page.getByTestId('new-comment-submit').click()
    await expect.poll(() => page.getByTestId('new-comment').getByRole('alert').textContent()).toBe('Bitte wählen Sie eine Änderung aus oder markieren Sie eine Textstelle.')
    expect(await threads.count()).toBe(1)

    // Asked again, it refers to the change again.
    await page.getByTestId('change-item').first().getByTestId('change-comment').click()
    await expect.poll(() => target.textContent()).toContain('Bezieht sich auf:')
    await page.getByTestId('new-comment-submit').click()
    await expect.poll(() => threads.count()).toBe(2)
    await expect.poll(() => target.textContent()).toBe(noTarget)

    // On a passage selected in the text: the same.
    await page.getByTestId('change-document').getByText('Die Betreuung').first().selectText()
    await page.getByTestId('comment-take-selection').click()
    await expect.poll(() => target.textContent()).toContain('Textstelle „')
    await page.getByTestId('new-comment-body').fill('Zu dieser Stelle')
    await page.getByTestId('new-comment-submit').click()
    await expect.poll(() => threads.count()).toBe(3)
    await expect.poll(() => target.textContent()).toBe(noTarget)
    await context.close()
  })
})
