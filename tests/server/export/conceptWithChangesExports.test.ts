import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { createEditingClient, type EditingClient } from '../../utils/createEditingClient'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { findTextblock } from '../../utils/findTextblock'
import { replaceContent } from '../../utils/replaceContent'
import { smallConceptJson } from '../../utils/smallConceptJson'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { expectInOrder } from './expectInOrder'
import { pdfToText } from './externalTools'
import { htmlText } from './htmlText'

describe('the concept exported with its changes since a Fassung', () => {
  let server: TestServer
  let zuwanderung: SignedIn
  let jugend: SignedIn
  let documentId: string
  let fassungId: string
  let writer: EditingClient

  const download = async (format: string): Promise<{ body: Uint8Array; response: Response }> => {
    const response = await fetch(`${server.url}/api/documents/${documentId}/export?kind=concept&format=${format}&version=draft&from=${fassungId}`, { headers: { authorization: `Bearer ${zuwanderung.token}` } })
    if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`)
    return { body: new Uint8Array(await response.arrayBuffer()), response }
  }
  // What the list shows for each change, in order: number, location, kind, text, author.
  const expectedRows = [
    ['1', 'Teilziel 1 · Zielgruppe · 1.1', 'Einfügung', 'und ihre Familien', 'Jana Krüger · Jugend und Familie'],
    ['2', 'Teilziel 2 · Ziel · 1.1', 'Fett hinzugefügt', 'Sprachförderung', 'Jana Krüger · Jugend und Familie'],
  ]

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    zuwanderung = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    jugend = await createAccount(server, admin, { username: 'jugend', name: 'Jana Krüger', department: 'Jugend und Familie', role: 'editor' })
    documentId = await createDocument(server, zuwanderung, 'Integrationskonzept')
    await replaceContent(server, documentId, zuwanderung.user.id, smallConceptJson)
    const frozen = await callApi(server, zuwanderung.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Vorlage', gremium: 'Ausschuss für Familie und Soziales (AFS)', date: '2021-03-21', status: 'Entwurf' })
    fassungId = ((await frozen.json()) as { id: string }).id
    writer = await createEditingClient(server, documentId, jugend)
    writer.editor.edit((tr) => {
      const target = findTextblock(tr.doc, 'Kinder mit Migrationshintergrund')
      tr.insertText(' und ihre Familien', target.position + 1 + target.node.content.size)
      const goal = findTextblock(tr.doc, 'Die Sprachförderung ist sichergestellt.')
      tr.addMark(goal.textStart + 'Die '.length, goal.textStart + 'Die Sprachförderung'.length, tr.doc.type.schema.marks['bold']!.create())
    })
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const model = (await (await callApi(server, zuwanderung.token, 'GET', `/api/documents/${documentId}/compare?from=${fassungId}&to=draft`)).json()) as ChangeModel
      if (model.changes.length === 2) break
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  })

  afterAll(async () => {
    writer?.destroy()
    await server?.cleanup()
  })

  it('is HTML whose list after the text says where each change stands, what it is and who made it', async () => {
    const { body, response } = await download('html')
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition')!)![1]!)).toMatch(/^Integrationskonzept – Entwurf vom \d{2}\.\d{2}\.\d{4} mit Änderungen\.html$/)
    const html = new TextDecoder().decode(body)
    const list = html.slice(html.indexOf('Änderungen gegenüber dem Integrationskonzept i.d.F. vom 21.03.2021 (AFS)'))
    expect(list.length).toBeLessThan(html.length)
    const rows = [...list.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => htmlText(cell[1]!).replace(/\s+/g, ' ').trim()))
    expect(rows).toEqual([['Nr.', 'Ort', 'Art', 'Änderung', 'Von'], ...expectedRows])
    // The text itself comes first, as the draft reads.
    expect(html.indexOf('Kinder mit Migrationshintergrund und ihre Familien')).toBeLessThan(html.indexOf('Änderungen gegenüber'))
  })

  it('is a DOCX and a PDF with the same list, read by mammoth and pdftotext', async () => {
    const docx = (await mammoth.extractRawText({ buffer: Buffer.from((await download('docx')).body) })).value
    expectInOrder(docx, ['Kinder mit Migrationshintergrund und ihre Familien', 'Änderungen gegenüber dem Integrationskonzept', ...expectedRows.flat()], 'DOCX (mammoth)')
    const pdf = await pdfToText((await download('pdf')).body)
    expectInOrder(pdf.replace(/\s+/g, ' '), ['Änderungen gegenüber dem Integrationskonzept', 'Teilziel 1 · Zielgruppe · 1.1', 'Einfügung', 'und ihre Familien', 'Teilziel 2 · Ziel · 1.1', 'Fett hinzugefügt'], 'PDF (pdftotext)')
  })
})
