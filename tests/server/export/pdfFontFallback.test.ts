import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Logger } from '../../../server/logging/Logger'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { pdfToText, popplerReport } from './externalTools'

// Noon, beh and yeh share one dotless glyph in the font: only the ActualText tells them apart.
const arabic = 'مرحبا بكم في المدينة'
const symbols = ['Quote ≥ 50 %', '→ Sprachkurs', '✓ erledigt', '☐ offen']
// A Han character: none of the embedded fonts has it, so it must show as its code point and be reported.
const uncovered = '漢'

const conceptText = `Integrationskonzept Zeichenprobe

1 Einleitung

${symbols.join(' und ')}.

Begrüßung: ${arabic}

2 Handlungsfelder

2.1 Sprache

Oberziel: Alle sprechen Deutsch ${uncovered}.

Teilziel
Kinder lernen früh Deutsch → Schule.
Möglichkeiten und Aufgaben der Stadt
Beratung der Kitas ✓.
Zielgruppe
Kinder
Beispielhafte Aktivitäten der Stadt
- Sprachcafé ☐
Verantwortliche
Fachdienst Bildung
`

describe('PDF export of characters beyond Noto Sans, read by poppler', () => {
  let server: TestServer
  let editor: SignedIn
  let documentId: string
  const logLines: Record<string, unknown>[] = []

  beforeAll(async () => {
    server = await createTestServer({ logger: new Logger('warn', (line) => logLines.push(JSON.parse(line) as Record<string, unknown>)) })
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zeichen', name: 'Zara Zeichen', department: 'Fachdienst Bildung', role: 'editor' })
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: conceptText, title: 'Zeichenprobe' })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
  })

  afterAll(async () => {
    await server?.cleanup()
  })

  it('keeps symbols, math and Arabic in the text layer with the fallback fonts embedded, and names what no font has', async () => {
    const response = await fetch(`${server.url}/api/documents/${documentId}/export?kind=concept&format=pdf&version=draft`, { headers: { authorization: `Bearer ${editor.token}` } })
    expect(response.status).toBe(200)
    const pdf = new Uint8Array(await response.arrayBuffer())

    const text = (await pdfToText(pdf)).normalize('NFC')
    for (const expected of [...symbols, 'Deutsch → Schule', 'Kitas ✓', 'Sprachcafé ☐']) expect(text).toContain(expected)
    // poppler takes right-to-left text as drawn in visual order and reverses it, ActualText included.
    expect(Array.from(text).reverse().join('')).toContain(arabic)
    expect(text).not.toContain(uncovered)
    expect(text).toContain('[U+6F22]')

    const fonts = (await popplerReport('pdffonts', pdf)).split('\n').slice(2).filter((line) => line.trim())
    for (const family of ['NotoSans-Regular', 'NotoSansArabic', 'NotoSansSymbols-', 'NotoSansSymbols2', 'NotoSansMath']) {
      expect(fonts.some((line) => line.includes(family)), `${family} in\n${fonts.join('\n')}`).toBe(true)
    }
    // Embedded, as subsets, with a ToUnicode map: what PDF/A asks of every font.
    for (const font of fonts) expect(font, font).toMatch(/[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/)

    const warning = logLines.find((line) => line.message === 'export has characters no embedded font can draw, shown as their code points')
    expect(warning, JSON.stringify(logLines)).toBeDefined()
    expect(JSON.stringify(warning)).toContain('U+6F22')
  })
})
