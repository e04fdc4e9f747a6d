import fs from 'node:fs/promises'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentMetadata } from '../../../shared/documentMeta/DocumentMetadata'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'

const seed003 = new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url)
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** What the seed's own cover sheet says (read off the seed file by eye, not by the importer). */
const seedCover = {
  vorlageNummer: 'VO/2020/426-001',
  datum: '09.09.2020',
  ansprechpartner: 'Petersen, Jörn',
  bearbeiter: 'Najj, Said',
  beratungsfolge: [{ datum: '2020-09-14', gremium: 'Kreistag des Kreises Rendsburg-Eckernförde' }],
  beschlussvorschlagStart: 'Der Kreistag beschließt, das „Konzept zur Förderung der Integration und Teilhabe',
  sachverhaltStart: 'Nach Beratung hat der Sozial- und Gesundheitsausschuss in seiner Sitzung vom 27.08.2020',
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1
}

describe('Beschlussvorlage as DOCX → import → DOCX keeps the cover in its fields and the concept as the Anlage', () => {
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

  const exportVorlage = async (documentId: string) => {
    const response = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/export?kind=beschlussvorlage&format=docx&version=draft`)
    expect(response.status).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }
  const importVorlage = async (file: Buffer) => {
    const response = await fetch(`${server.url}/api/documents/import-docx`, { method: 'POST', headers: { authorization: `Bearer ${editor.token}`, 'content-type': docxType }, body: new Uint8Array(file) })
    expect(response.status).toBe(201)
    return (await response.json()) as { id: string; summary: { coverSheet: boolean; teilziele: number } }
  }
  const metadataOf = async (documentId: string) => (await (await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/metadata`)).json()) as DocumentMetadata
  const textOf = async (file: Buffer) => (await mammoth.extractRawText({ buffer: file })).value

  it('fills Vorlage-Nr, Beratungsfolge and the sections from its own export, and exports the same Vorlage again', async () => {
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: await fs.readFile(seed003, 'utf8') })
    const originalId = ((await imported.json()) as { id: string }).id
    const firstExport = await exportVorlage(originalId)

    const reimported = await importVorlage(firstExport)
    expect(reimported.summary.coverSheet).toBe(true)
    expect(reimported.summary.teilziele).toBe(21)
    const { cover, beratungsfolge } = await metadataOf(reimported.id)
    expect(cover.vorlageNummer).toBe(seedCover.vorlageNummer)
    expect(cover.datum).toBe(seedCover.datum)
    expect(cover.ansprechpartner).toBe(seedCover.ansprechpartner)
    expect(cover.bearbeiter).toBe(seedCover.bearbeiter)
    expect(cover.oeffentlich).toBe(true)
    expect(cover.beschlussvorschlag.startsWith(seedCover.beschlussvorschlagStart)).toBe(true)
    expect(cover.sachverhalt.startsWith(seedCover.sachverhaltStart)).toBe(true)
    expect(beratungsfolge.map(({ datum, gremium }) => ({ datum, gremium }))).toEqual(seedCover.beratungsfolge)
    // Every field the first import read from the seed survives the round trip unchanged.
    const original = await metadataOf(originalId)
    expect(cover).toEqual(original.cover)

    const secondExport = await exportVorlage(reimported.id)
    const first = await textOf(firstExport)
    const second = await textOf(secondExport)
    // One cover sheet and one Anlage line, not the old cover repeated inside the Anlage.
    expect(occurrences(second, 'Vorlage-Nr:')).toBe(1)
    expect(occurrences(second, 'Anlage zur Beschlussvorlage')).toBe(1)
    expect(occurrences(second, 'Beschlussvorschlag:')).toBe(1)
    // Apart from the export date on the title page, the second export says what the first said.
    const withoutDate = (text: string) => text.replace(/Stand: \d{2}\.\d{2}\.\d{4}/g, '').replace(/\s+/g, ' ').trim()
    expect(withoutDate(second)).toBe(withoutDate(first))
  })
})
