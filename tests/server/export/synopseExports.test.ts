import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulatedEditor } from '../../utils/createSimulatedEditor'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { editTowardsNewerFassung, synopseBlocksToJson } from '../../utils/buildSynopseFassungen'
import { readWarendorfSynopse } from '../../utils/readWarendorfSynopse'
import { callApi, createAccount, createDocument, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { htmlText } from './htmlText'
import { expectInOrder, lettersOnly } from './expectInOrder'
import { convertDocxWithLibreOffice, docxTextByLibreOffice, pdfToText, popplerReport } from './externalTools'
import { replaceContent } from '../../utils/replaceContent'
import { withoutPageFurniture } from './withoutPageFurniture'
import { warendorfNewPassages } from '../../utils/warendorfNewPassages'

const newInRat = warendorfNewPassages

const olderLabel = 'Integrationskonzept i.d.F. vom 21.03.2019 (AFS)'
const newerLabel = 'Integrationskonzept i.d.F. vom 27.05.2019 (Rat)'

/** The full text of each inserted passage, read off the Rat's Fassung. */
function insertedPassages(ratTexts: readonly string[]): string[] {
  const all = ratTexts.join('\n')
  return newInRat.map(({ start, end }) => {
    const from = all.indexOf(start)
    const to = all.indexOf(end, from) + end.length
    if (from < 0 || to < from) throw new Error(`passage not in the Rat's text: ${start}`)
    return all.slice(from, to)
  })
}

describe('the Synopse of seed 004 (Kreis Warendorf, AFS → Rat) as DOCX, PDF and HTML', () => {
  let server: TestServer
  let editor: SignedIn
  let documentId: string
  let afs: string
  let rat: string
  let afsTexts: string[]
  let passages: string[]

  const download = async (format: string): Promise<{ body: Uint8Array; response: Response }> => {
    const response = await fetch(`${server.url}/api/documents/${documentId}/export?kind=synopse&format=${format}&from=${afs}&version=${rat}`, { headers: { authorization: `Bearer ${editor.token}` } })
    if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`)
    return { body: new Uint8Array(await response.arrayBuffer()), response }
  }

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'integration', name: 'Ina Warendorf', department: 'Kommunales Integrationszentrum', role: 'editor' })
    const rows = readWarendorfSynopse()
    afsTexts = rows.flatMap((row) => row.afs).map((block) => block.text)
    passages = insertedPassages(rows.flatMap((row) => row.rat).map((block) => block.text))
    documentId = await createDocument(server, editor, 'Integrationskonzept')
    await replaceContent(server, documentId, editor.user.id, synopseBlocksToJson(rows.flatMap((row) => row.afs)))
    const freeze = async (body: Record<string, string>) => {
      const response = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, body)
      if (response.status !== 201) throw new Error(`freezing failed: ${await response.text()}`)
      return ((await response.json()) as { id: string }).id
    }
    afs = await freeze({ name: 'Beschlussempfehlung AFS', gremium: 'Ausschuss für Familie und Soziales (AFS)', date: '2019-03-21', status: 'Beschlussempfehlung' })
    await server.collaboration.changeDocument(documentId, editor.user.id, (ydoc) => createSimulatedEditor(ydoc).edit((tr) => editTowardsNewerFassung(tr, rows)))
    rat = await freeze({ name: 'Beschluss des Rates', gremium: 'Rat', date: '2019-05-27', status: 'Beschluss' })
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  it('is HTML with the two Fassungen as column headers, the insertions as <ins> in the right column only', async () => {
    const { body, response } = await download('html')
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(response.headers.get('content-disposition')!)![1]!)).toBe(
      'Synopse Integrationskonzept – Fassung vom 21.03.2019 und Fassung vom 27.05.2019.html',
    )
    const html = new TextDecoder().decode(body)
    expect(html).toContain(`<thead><tr><th scope="col" class="shaded"><p><strong>${olderLabel}</strong></p></th><th scope="col" class="shaded"><p><strong>${newerLabel}</strong></p></th></tr></thead>`)
    const table = html.slice(html.indexOf('<table class="synopse">'))
    const inserted = [...table.matchAll(/<ins(?: [^>]*)?>([\s\S]*?)<\/ins>/g)].map((match) => htmlText(match[1]!))
    expectInOrder(inserted.join('\n'), passages, 'HTML <ins>')
    expect(lettersOnly(inserted.join(''))).toBe(lettersOnly(passages.join('')))
    const rows = [...table.matchAll(/<tr><td>([\s\S]*?)<\/td><td>([\s\S]*?)<\/td><\/tr>/g)]
    expect(rows.length).toBeGreaterThan(10)
    for (const [, left] of rows) expect(left).not.toContain('<ins')
    const leftText = rows.map(([, left]) => htmlText(left!)).join('\n')
    expectInOrder(leftText, afsTexts, 'HTML left column = AFS')
    // Seed 004 only adds text: nothing is struck through.
    expect(table).not.toContain('<del')
  })

  it('is a DOCX whose right column underlines exactly the insertions, read by mammoth and LibreOffice', async () => {
    const { body } = await download('docx')
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(body) }, { styleMap: ['u => u'] })).value
    const underlined = [...html.matchAll(/<u>([\s\S]*?)<\/u>/g)].map((match) => htmlText(match[1]!))
    // The legend explains the marking with one underlined word of its own.
    expect(underlined[0]).toBe('Unterstrichen')
    expect(lettersOnly(underlined.slice(1).join(''))).toBe(lettersOnly(passages.join('')))
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(body) })).value
    expectInOrder(raw, [olderLabel, newerLabel, ...passages], 'DOCX text (mammoth)')

    const rendered = await pdfToText(await convertDocxWithLibreOffice(body))
    expectInOrder(rendered, ['Synopse: Integrationskonzept', olderLabel, newerLabel], 'DOCX rendered by LibreOffice')
    expectInOrder(await docxTextByLibreOffice(body), [olderLabel, newerLabel, ...passages], 'DOCX read by LibreOffice')
  }, 180_000)

  it('is a tagged PDF in landscape with the insertions in order', async () => {
    const { body } = await download('pdf')
    const text = withoutPageFurniture(await pdfToText(body), ['Synopse Integrationskonzept', olderLabel, newerLabel])
    expectInOrder(text, passages, 'PDF insertions')
    const info = await popplerReport('pdfinfo', body)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/)
  })
})
