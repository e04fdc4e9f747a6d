import mammoth from 'mammoth'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectXmlTexts } from '../../bench/concept/collectXmlTexts'
import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { createTestServer, type TestServer } from '../utils/createTestServer'
import { importFixtureDocument } from '../utils/importFixtureDocument'
import { launchBrowser } from '../utils/launchBrowser'
import { openSignedInPage } from '../utils/openSignedInPage'
import { readDownload } from '../utils/readDownload'
import { runAxe } from '../utils/runAxe'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../utils/testAccounts'

/** The top-level Handlungsfelder of the concept, in order. */
function handlungsfelder(fragment: Y.XmlFragment): Y.XmlElement[] {
  const found: Y.XmlElement[] = []
  const visit = (parent: Y.XmlFragment | Y.XmlElement) => {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === 'handlungsfeld') found.push(child)
      else visit(child)
    }
  }
  visit(fragment)
  return found
}

describe('the Synopse on screen: changed passages and chosen Handlungsfelder, and the download takes the same', () => {
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

  it('restricts the Synopse to a ticked Handlungsfeld and downloads only its changed passages', async () => {
    const documentId = await importFixtureDocument(server, editor, 'rendsburg-eckernfoerde-beschlussvorlage.txt')
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorher', gremium: 'Verwaltung', date: '2020-08-01', status: 'Entwurf' })
    const fassungId = ((await frozen.json()) as { id: string }).id
    // One sentence added at the end of the first long paragraph of the first and of the fourth Handlungsfeld (3.1 and 3.4).
    const added = ['Ergänzt im Ausschuss: Kita-Sprachförderung auch in den Ferien.', 'Ergänzt im Ausschuss: Beratung auch am Samstag.']
    await server.collaboration.changeDocument(documentId, editor.user.id, (ydoc) => {
      const sections = handlungsfelder(ydoc.getXmlFragment(CONTENT_FRAGMENT))
      ;[sections[0]!, sections[3]!].forEach((section, index) => {
        const text = collectXmlTexts(section).find((candidate) => candidate.length > 120)!
        text.insert(text.length, ` ${added[index]}`)
      })
    })

    const { context, page } = await openSignedInPage(browser, server, editor, `/d/${documentId}/vergleich/${fassungId}/draft/synopse`)
    await page.getByTestId('synopse').waitFor()
    const changedRows = page.locator('[data-testid="synopse-row"].is-changed')
    await expect.poll(() => changedRows.count()).toBe(2)
    expect(await page.getByTestId('synopse-gap').count()).toBeGreaterThan(0)

    await page.getByTestId('synopse-sections-summary').click()
    await page.getByTestId('synopse-section-3.4').check()
    await expect.poll(() => changedRows.count()).toBe(1)
    expect(await changedRows.textContent()).toContain(added[1])
    expect(await page.getByTestId('synopse-sections-summary').textContent()).toBe('Handlungsfelder: 3.4')
    expect(await page.getByTestId('synopse-export-scope').textContent()).toBe('Synopse: nur geänderte Passagen, Handlungsfeld 3.4')
    const violations = await runAxe(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])

    const { fileName, body } = await readDownload(page, () => page.getByTestId('export-synopse-docx').click())
    expect(fileName).toContain('Änderungen')
    const text = (await mammoth.extractRawText({ buffer: Buffer.from(body) })).value
    expect(text).toContain(added[1])
    expect(text).not.toContain(added[0])
    expect(text).toContain('(…)')

    // Unticking shows every Handlungsfeld again; showing the unchanged passages leaves no gap.
    await page.getByTestId('synopse-sections-all').click()
    await expect.poll(() => changedRows.count()).toBe(2)
    await page.getByTestId('synopse-toggle-unchanged').click()
    await expect.poll(() => page.getByTestId('synopse-gap').count()).toBe(0)
    await context.close()
  })
})
