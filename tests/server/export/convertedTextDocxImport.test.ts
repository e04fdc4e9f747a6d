import fs from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { collectOutline } from '../../../shared/model/collectOutline'
import { collectTeilziele } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { convertTextToDocxWithLibreOffice } from './externalTools'

const seed003 = new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
// Conversion debris the seed's text carries (its PDF → text conversion left markdown and HTML in it).
const debris = /\*\*|<ul\b|<\/?li>|\]\(#\)|<https?:/

describe('a Word document of converted text gets the text importer’s care', () => {
  let server: TestServer
  let editor: SignedIn

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  const draftOf = async (documentId: string) => {
    const version = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/versions/draft`)
    return getConceptSchema().nodeFromJSON(((await version.json()) as { doc: unknown }).doc)
  }

  it('reads seed 003 converted to DOCX by LibreOffice as the .txt import does: cover sheet, outline, Teilziele, no debris', async () => {
    const text = await fs.readFile(seed003, 'utf8')
    expect(text).toMatch(debris)
    const fromText = ((await (await callApi(server, editor.token, 'POST', '/api/documents/import', { text })).json()) as { id: string }).id

    const docx = await convertTextToDocxWithLibreOffice(text)
    const response = await fetch(`${server.url}/api/documents/import-docx`, { method: 'POST', headers: { authorization: `Bearer ${editor.token}`, 'content-type': docxType }, body: new Uint8Array(docx) })
    expect(response.status).toBe(201)
    const { id, summary } = (await response.json()) as { id: string; summary: { handlungsfelder: number; teilziele: number; coverSheet: boolean; warnings: string[] } }
    expect(summary.coverSheet).toBe(true)
    expect(summary.warnings[0]).toContain('umgewandelten Text')

    const viaWord = await draftOf(id)
    const viaText = await draftOf(fromText)
    expect(collectTeilziele(viaWord).map((teilziel) => teilziel.fields)).toEqual(collectTeilziele(viaText).map((teilziel) => teilziel.fields))
    expect(collectOutline(viaWord).map((entry) => `${entry.kind} ${entry.number ?? ''} ${entry.title}`)).toEqual(collectOutline(viaText).map((entry) => `${entry.kind} ${entry.number ?? ''} ${entry.title}`))
    expect(summary.handlungsfelder).toBeGreaterThanOrEqual(10)
    expect(summary.teilziele).toBe(21)
    const fields: string[] = []
    viaWord.descendants((node) => {
      if (node.isTextblock) fields.push(node.textContent)
      return true
    })
    expect(fields.filter((field) => debris.test(field))).toEqual([])

    const metadata = (await (await callApi(server, editor.token, 'GET', `/api/documents/${id}/metadata`)).json()) as DocumentMetadata
    expect(metadata.cover.vorlageNummer).toBe('VO/2020/426-001')
    expect(metadata.beratungsfolge.map((entry) => entry.datum)).toEqual(['2020-09-14'])
  })
})
