import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { collectXmlTexts } from '../../../bench/concept/collectXmlTexts'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { pdfToText, popplerReport } from './externalTools'
import { seedRendsburg, type SeededRendsburg } from './seedRendsburg'

const run = promisify(execFile)

/** One part of a DOCX (a zip archive), read with the unzip tool. */
async function docxPart(docx: Uint8Array, part: string): Promise<string> {
  return inTemporaryDirectory(async (directory) => {
    const file = path.join(directory, 'export.docx')
    await fs.writeFile(file, docx)
    return (await run('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 })).stdout
  })
}

/**
 * The DOCX as LibreOffice lays it out as PDF; with `withoutArial`, on a system that has neither Arial nor a
 * metric-compatible family (fontconfig sees DejaVu only), as on an office PC without Microsoft's fonts.
 */
async function libreOfficePdf(docx: Uint8Array, { withoutArial = false } = {}): Promise<Uint8Array> {
  return inTemporaryDirectory(async (directory) => {
    const input = path.join(directory, 'export.docx')
    await fs.writeFile(input, docx)
    const env = { ...process.env }
    if (withoutArial) {
      const config = path.join(directory, 'fonts.conf')
      await fs.writeFile(config, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${path.join(directory, 'fontcache')}</cachedir></fontconfig>`)
      env['FONTCONFIG_FILE'] = config
    }
    await run('soffice', [`-env:UserInstallation=file://${path.join(directory, 'profile')}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', directory, input], { timeout: 120_000, killSignal: 'SIGKILL', env })
    return new Uint8Array(await fs.readFile(path.join(directory, 'export.pdf')))
  })
}

async function inTemporaryDirectory<T>(use: (directory: string) => Promise<T>): Promise<T> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'fassung-docx-'))
  try {
    return await use(directory)
  } finally {
    await fs.rm(directory, { recursive: true, force: true })
  }
}

async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const pages = Number(/Pages:\s+(\d+)/.exec(await popplerReport('pdfinfo', pdf))![1])
  return (await pdfToText(pdf)).split('\f').slice(0, pages)
}

const unescapeXml = (text: string) => text.replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')

describe('the concept as a DOCX like a Word user’s', () => {
  let server: TestServer
  let editor: SignedIn
  let colleague: SignedIn
  let seed: SeededRendsburg

  const download = async (query: string): Promise<Uint8Array> => {
    const response = await callApi(server, editor.token, 'GET', `/api/documents/${seed.documentId}/export?${query}`)
    if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`)
    return new Uint8Array(await response.arrayBuffer())
  }

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    colleague = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    seed = await seedRendsburg(server, editor)
    // After the Fassung, a colleague changes the draft.
    await server.collaboration.changeDocument(seed.documentId, colleague.user.id, (ydoc) => {
      const text = collectXmlTexts(ydoc.getXmlFragment(CONTENT_FRAGMENT)).find((candidate) => candidate.length > 100)!
      text.insert(text.length, ' Ergänzt vom Fachdienst Jugend und Familie.')
    })
  }, 180_000)

  afterAll(async () => {
    await server?.cleanup()
  })

  it('names title, author and the last editor in its properties, by the accounts that made the text', async () => {
    const fassung = await docxPart(await download(`kind=concept&format=docx&version=${seed.fassungId}`), 'docProps/core.xml')
    expect(fassung).toContain('<dc:title>Integrationskonzept</dc:title>')
    expect(fassung).toContain(`<dc:creator>${editor.user.name}</dc:creator>`)
    expect(fassung).toContain(`<cp:lastModifiedBy>${editor.user.name}</cp:lastModifiedBy>`)
    const draft = await docxPart(await download('kind=concept&format=docx&version=draft'), 'docProps/core.xml')
    expect(draft).toContain(`<dc:creator>${editor.user.name}</dc:creator>`)
    expect(draft).toContain(`<cp:lastModifiedBy>${colleague.user.name}</cp:lastModifiedBy>`)
    expect(draft).not.toContain('Un-named')
  })

  it('has a real TOC field, updated on opening, whose entries and page numbers LibreOffice shows as it lays the pages out', async () => {
    const docx = await download(`kind=concept&format=docx&version=${seed.fassungId}`)
    const body = unescapeXml(await docxPart(docx, 'word/document.xml'))
    const instruction = /<w:instrText[^>]*>\s*(TOC [^<]*)<\/w:instrText>/.exec(body)?.[1] ?? ''
    expect(instruction).toContain('\\o "1-3"')
    expect(instruction).toContain('\\h')
    expect(body).toMatch(/<w:fldChar w:fldCharType="begin"[^>]*\/>[\s\S]*<w:fldChar w:fldCharType="separate"\/>[\s\S]*<w:fldChar w:fldCharType="end"\/>/)
    expect(await docxPart(docx, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/)

    const pages = await pageTexts(await libreOfficePdf(docx))
    const contentsPage = pages.findIndex((page) => page.includes('Inhaltsverzeichnis'))
    expect(contentsPage).toBeGreaterThanOrEqual(0)
    // Each listed Handlungsfeld with the page LibreOffice puts its heading on (the oracle: the PDF's pages).
    for (const heading of ['3.1 Bildung/ frühkindliche Bildung/ Sprachförderung/ kulturelle Bildung', '3.4 Bürgerschaftliches Engagement', '6 Perspektive']) {
      const page = pages.findIndex((text, index) => index > contentsPage && text.split('\n').some((line) => line.trim() === heading)) + 1
      expect(page, heading).toBeGreaterThan(contentsPage + 1)
      const entry = pages[contentsPage]!.split('\n').find((line) => line.startsWith(heading.slice(0, 20)))
      expect(entry, heading).toBeDefined()
      expect(entry!.replace(/[.\s]+(\d+)\s*$/, ' $1').endsWith(` ${page}`), `${entry} → page ${page}`).toBe(true)
    }
  }, 240_000)

  it('numbers its headings with a Word multi-level list, not typed numbers', async () => {
    const docx = await download(`kind=concept&format=docx&version=${seed.fassungId}`)
    const numbering = await docxPart(docx, 'word/numbering.xml')
    const headingList = [...numbering.matchAll(/<w:abstractNum\b[\s\S]*?<\/w:abstractNum>/g)].map((match) => match[0]).find((list) => list.includes('w:val="%1.%2"'))
    expect(headingList).toBeDefined()
    for (const [level, text] of ['%1', '%1.%2', '%1.%2.%3'].entries()) {
      const definition = new RegExp(`<w:lvl w:ilvl="${level}"[^>]*>((?:(?!</w:lvl>)[\\s\\S])*)</w:lvl>`).exec(headingList!)?.[1] ?? ''
      expect(definition).toContain(`<w:lvlText w:val="${text}"/>`)
      expect(definition).toContain(`<w:pStyle w:val="Heading${level + 1}"/>`)
    }
    const body = await docxPart(docx, 'word/document.xml')
    const headings = [...body.matchAll(/<w:p\b(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading2"\/>[\s\S]*?<\/w:p>/g)].map((match) => match[0])
    expect(headings.length).toBeGreaterThanOrEqual(5)
    for (const heading of headings) {
      expect(heading).toContain('<w:numPr>')
      const text = [...heading.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join('')
      expect(text, text).not.toMatch(/^\s*\d/)
    }
  })

  it('has no blank page 2 where neither Arial nor a metric-compatible font is installed', async () => {
    for (const query of [`kind=concept&format=docx&version=${seed.fassungId}`, `kind=beschlussvorlage&format=docx&version=${seed.fassungId}`]) {
      const pages = await pageTexts(await libreOfficePdf(await download(query), { withoutArial: true }))
      expect(pages.length).toBeGreaterThan(3)
      pages.forEach((text, index) => expect(text.trim().length, `${query}: page ${index + 1} is blank`).toBeGreaterThan(0))
    }
  }, 240_000)
})
