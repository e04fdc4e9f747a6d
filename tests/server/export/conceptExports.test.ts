import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { htmlText } from './htmlText'
import { expectInOrder } from './expectInOrder'
import { convertDocxWithLibreOffice, docxTextByLibreOffice, pdfToText, popplerReport } from './externalTools'
import { rendsburgText, seedRendsburg, teilzielFieldTexts, type SeededRendsburg } from './seedRendsburg'
import { withoutPageFurniture } from './withoutPageFurniture'

const footer = 'Integrationskonzept – i.d.F. vom 27.08.2020 (SGA)'
// The seed's own wording of two labels, as its label lines start (the exports must keep it, not shorten it).
const ownLabel = (start: string) => new RegExp(`^${start} des Kreises`, 'm').exec(rendsburgText)![0]
const aufgabenLabel = ownLabel('Möglichkeiten und Aufgaben')
const aktivitaetenLabel = ownLabel('Beispielhafte Aktivitäten')
const seedLabelCount = (label: string) => rendsburgText.split('\n').filter((line) => line.startsWith(label)).length
// LibreOffice writes a table row line by line across its cells, so label and text lines interleave.
const fieldLabels = [aufgabenLabel, aktivitaetenLabel, 'Möglichkeiten und', 'Aufgaben des', 'Aktivitäten des', 'des Kreises', 'Kreises', 'Aufgaben', 'Beispielhafte', 'Aktivitäten', 'Zielgruppe', 'Verantwortliche', 'Teilziel']
const countOf = (text: string, phrase: string) => text.split(phrase).length - 1
const beschlussvorlageFooter = 'Beschlussvorlage VO/2020/426-001 – Integrationskonzept'

describe('exports of seed 003, read by software we did not write', () => {
  let server: TestServer
  let editor: SignedIn
  let reviewer: SignedIn
  let seed: SeededRendsburg
  const files = new Map<string, Response>()

  const download = async (query: string, account: SignedIn = reviewer): Promise<Uint8Array> => {
    const response = await fetch(`${server.url}/api/documents/${seed.documentId}/export?${query}`, { headers: { authorization: `Bearer ${account.token}` } })
    expect(response.status, await response.clone().text().then((text) => text.slice(0, 300))).toBe(200)
    files.set(query, response)
    return new Uint8Array(await response.arrayBuffer())
  }

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    reviewer = await createAccount(server, admin, { username: 'kreistag', name: 'Karla Kreistag', department: 'Kreistag', role: 'reviewer' })
    seed = await seedRendsburg(server, editor)
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  it('has the 21 Teilziele of seed 003 to export', () => {
    expect(seed.teilziele).toHaveLength(21)
    expect(teilzielFieldTexts(seed.teilziele).every((text) => text.trim().length > 0)).toBe(true)
  })

  it('exports the concept of a Fassung as a PDF/A-2a with embedded Noto Sans, tags and every Teilziel field in order', async () => {
    const pdf = await download(`kind=concept&format=pdf&version=${seed.fassungId}`)
    const response = files.get(`kind=concept&format=pdf&version=${seed.fassungId}`)!
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Integrationskonzept - Fassung vom 27.08.2020.pdf"; filename*=UTF-8''Integrationskonzept%20%E2%80%93%20Fassung%20vom%2027.08.2020.pdf`,
    )
    expect(new TextDecoder().decode(pdf.slice(0, 8))).toBe('%PDF-1.7')

    const text = await pdfToText(pdf)
    expect(text).toContain('Sprachförderung zum Erlernen der deutschen Sprache')
    for (const german of ['Maßnahmen', 'Eckernförde', 'Frühkindliche', 'Begegnung und Teilhabe']) expect(text).toContain(german)
    expect(text).toContain('Bildung/ frühkindliche Bildung/ Sprachförderung/ kulturelle Bildung')
    const body = withoutPageFurniture(text, [footer])
    expectInOrder(body, ['i.d.F. vom 27.08.2020 (SGA)', 'Inhaltsverzeichnis', '3.1.2 Sprachförderung zum Erlernen der deutschen Sprache', '3.1 Bildung', 'Oberziel:', '3.1.1 Frühkindliche Bildung'], 'PDF title page, contents and headings')
    expectInOrder(body, teilzielFieldTexts(seed.teilziele), 'PDF Teilziel fields')
    expect(countOf(body.replace(/\s+/g, ' '), aufgabenLabel)).toBe(seedLabelCount(aufgabenLabel))

    const info = await popplerReport('pdfinfo', pdf)
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/Title:\s+Integrationskonzept/)
    const fonts = (await popplerReport('pdffonts', pdf)).split('\n').slice(2).filter((line) => line.trim())
    expect(fonts.length).toBeGreaterThanOrEqual(2)
    for (const font of fonts) expect(font, font).toMatch(/NotoSans-\w+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/)
    const metadata = await popplerReport('pdfinfo', pdf, ['-meta'])
    expect(metadata).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(metadata).toContain('<pdfaid:conformance>A</pdfaid:conformance>')
    // The catalog PDF/A and tagged PDF need: language, output intent, structure tree, title shown.
    const raw = Buffer.from(pdf).toString('latin1')
    for (const entry of ['/Lang (de-DE)', '/S /GTS_PDFA1', '/OutputIntents', '/StructTreeRoot', '/Marked true', '/DisplayDocTitle true']) expect(raw, entry).toContain(entry)
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/)

    // The structure tree as poppler reads it: headings, the 21 Teilziel tables with a row header per field, lists.
    const structure = await popplerReport('pdfinfo', pdf, ['-struct'])
    for (const element of ['Document', 'TOC', 'TOCI', 'H1', 'H2', 'H3', 'Table', 'TR', 'TH', 'TD', 'L', 'LI', 'Lbl', 'LBody', 'P']) expect(structure, element).toMatch(new RegExp(`^\\s*${element}(?: |:|$)`, 'm'))
    expect(structure.match(/^\s*Table\b/gm)).toHaveLength(21)
    expect(structure.match(/^\s*TH:\n\s*\/Scope \/Row$/gm)).toHaveLength(21 * 5)
  })

  it('exports the concept as DOCX that mammoth and LibreOffice both read, every Teilziel field in order', async () => {
    const docx = await download(`kind=concept&format=docx&version=${seed.fassungId}`)
    expect(files.get(`kind=concept&format=docx&version=${seed.fassungId}`)!.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value
    // The headings' numbers are Word list numbers, which mammoth's text leaves out; LibreOffice's below shows them.
    expectInOrder(raw, ['Integrationskonzept', 'i.d.F. vom 27.08.2020 (SGA)', 'Inhaltsverzeichnis', 'Bildung/ frühkindliche Bildung', 'Oberziel:', 'Frühkindliche Bildung'], 'DOCX headings (mammoth)')
    expectInOrder(raw, teilzielFieldTexts(seed.teilziele), 'DOCX Teilziel fields (mammoth)')

    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(docx) })).value
    // Each heading carries the bookmark of its table-of-contents entry and its own anchor.
    expect(html).toMatch(/<h2>(?:<a id="_Toc\d+"><\/a>)?<a id="abschnitt_/)
    expect(html).toMatch(/<table><tr><td><p><strong>Teilziel<\/strong><\/p><\/td><td><p>Die bedarfsgerechte Betreuung/)
    expect(html).toContain(`<td><p><strong>${aktivitaetenLabel}</strong></p></td><td><ul><li>Der Kreis führt Erfahrungsaustausche`)
    expect(seedLabelCount(aufgabenLabel)).toBe(21)
    expect(countOf(html, `<strong>${aufgabenLabel}</strong>`)).toBe(seedLabelCount(aufgabenLabel))
    expect(countOf(html, `<strong>${aktivitaetenLabel}</strong>`)).toBe(seedLabelCount(aktivitaetenLabel))
    expect(html).not.toContain('<strong>Möglichkeiten und Aufgaben</strong>')

    const converted = await convertDocxWithLibreOffice(docx)
    const text = withoutPageFurniture(await pdfToText(converted), [footer])
    expectInOrder(text, teilzielFieldTexts(seed.teilziele), 'DOCX Teilziel fields (LibreOffice)', { ignoring: fieldLabels })
    expect(text).toContain('3.1.2 Sprachförderung zum Erlernen der deutschen Sprache')
    expectInOrder(await docxTextByLibreOffice(docx), teilzielFieldTexts(seed.teilziele), 'DOCX Teilziel fields (LibreOffice text)')
  }, 180_000)

  it('exports the concept as self-contained HTML with the Teilziel tables and the numbered outline', async () => {
    const html = new TextDecoder().decode(await download(`kind=concept&format=html&version=${seed.fassungId}`))
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="de">')
    expect(html).not.toMatch(/<script|<link|src=/)
    expect(html).toMatch(/<h3 id="abschnitt_\d+"><span class="number">3\.1\.1<\/span> Frühkindliche Bildung\/ Kindertagesbetreuung<\/h3>/)
    expect(countOf(html, `<th scope="row" class="shaded"><p><strong>${aufgabenLabel}</strong></p></th>`)).toBe(seedLabelCount(aufgabenLabel))
    expect(html).not.toContain('<strong>Möglichkeiten und Aufgaben</strong>')
    const text = htmlText(html)
    expectInOrder(text, teilzielFieldTexts(seed.teilziele), 'HTML Teilziel fields')
  })

  it('exports the draft with "Entwurf" in the file name and on the title page', async () => {
    const pdf = await download('kind=concept&format=pdf')
    const disposition = files.get('kind=concept&format=pdf')!.headers.get('content-disposition')!
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toMatch(/^Integrationskonzept – Entwurf vom \d{2}\.\d{2}\.\d{4}\.pdf$/)
    expect(await pdfToText(pdf)).toMatch(/Aktueller Entwurf\s+Stand: \d{2}\.\d{2}\.\d{4}/)
  })

  describe('the Beschlussvorlage', () => {
    const coverSequence = () => {
      const { cover, beratungsfolge } = seed.metadata
      return [
        cover.title,
        'vorgesehene Beratungsfolge:',
        'Datum',
        'Gremium',
        'Zuständigkeit',
        '14.09.2020',
        beratungsfolge[0]!.gremium,
        'Beschlussvorschlag:',
        cover.beschlussvorschlag,
        'Begründung der Nichtöffentlichkeit:',
        cover.begruendungNichtoeffentlichkeit,
        'Sachverhalt:',
        cover.sachverhalt,
        'Relevanz für den Klimaschutz:',
        cover.klimaschutz,
        'Finanzielle Auswirkungen:',
        cover.finanzielleAuswirkungen,
        'Anlage/n:',
        ...cover.anlagen,
      ]
    }
    const header = () => ['Beschlussvorlage öffentlich', '- öffentlich -', 'Fachdienst Zuwanderung', `Vorlage-Nr: ${seed.metadata.cover.vorlageNummer}`, 'Datum: 09.09.2020', 'Ansprechpartner/in: Petersen, Jörn', 'Bearbeiter/in: Najj, Said']

    const expectBeschlussvorlage = (text: string, description: string, ignoring: readonly string[] = []) => {
      for (const line of header()) expect(text, `${description}: ${line}`).toContain(line)
      expectInOrder(text, [...coverSequence(), 'Anlage zur Beschlussvorlage', ...teilzielFieldTexts(seed.teilziele)], description, { ignoring })
    }

    it('is a PDF with the cover sheet of seed 003, then the concept as its Anlage', async () => {
      const pdf = await download(`kind=beschlussvorlage&format=pdf&version=${seed.fassungId}`)
      const disposition = files.get(`kind=beschlussvorlage&format=pdf&version=${seed.fassungId}`)!.headers.get('content-disposition')!
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe('Beschlussvorlage VO-2020-426-001 – Integrationskonzept – Fassung vom 27.08.2020.pdf')
      const text = withoutPageFurniture(await pdfToText(pdf), [beschlussvorlageFooter])
      expectBeschlussvorlage(text, 'Beschlussvorlage PDF')
      for (const german of ['Maßgabe', '„Konzept zur Förderung', 'Rendsburg-Eckernförde“', 'Ansprechpartner/in: Petersen, Jörn', 'Begründung der Nichtöffentlichkeit:', 'Zuständigkeit']) expect(text).toContain(german)
      expect(await popplerReport('pdfinfo', pdf)).toMatch(/Tagged:\s+yes/)
    })

    it('is a DOCX that mammoth and LibreOffice read with the cover sheet first', async () => {
      const docx = await download(`kind=beschlussvorlage&format=docx&version=${seed.fassungId}`)
      expectBeschlussvorlage((await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value, 'Beschlussvorlage DOCX (mammoth)')
      const text = await pdfToText(await convertDocxWithLibreOffice(docx))
      expectBeschlussvorlage(withoutPageFurniture(text, [beschlussvorlageFooter]), 'Beschlussvorlage DOCX (LibreOffice)', fieldLabels)
      expectBeschlussvorlage(await docxTextByLibreOffice(docx), 'Beschlussvorlage DOCX (LibreOffice text)')
    }, 180_000)

    it('is HTML with the cover sheet first', async () => {
      const html = new TextDecoder().decode(await download(`kind=beschlussvorlage&format=html&version=${seed.fassungId}`))
      expect(html).toContain('<table class="layout">')
      expectBeschlussvorlage(htmlText(html), 'Beschlussvorlage HTML')
    })
  })
})
