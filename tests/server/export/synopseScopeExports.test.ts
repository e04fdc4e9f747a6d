import { readFileSync } from 'node:fs'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { collectXmlTexts } from '../../../bench/concept/collectXmlTexts'
import { generateLongConcept } from '../../../bench/concept/generateLongConcept'
import { CONTENT_FRAGMENT } from '../../../shared/schema/nodeNames'
import { createTestServer, type TestServer } from '../../utils/createTestServer'
import { callApi, createAccount, signInAsAdmin, type SignedIn } from '../../utils/testAccounts'
import { expectInOrder, lettersOnly } from './expectInOrder'
import { pdfToText, popplerReport } from './externalTools'

const seed = readFileSync(new URL('../../fixtures/rendsburg-eckernfoerde-beschlussvorlage.txt', import.meta.url), 'utf8')
const omission = '(…)'

interface MadeChange {
  /** The section number the generated text gives the Handlungsfeld the change stands in. */
  section: string
  /** Text the change inserted, found nowhere else in the concept. */
  text: string
  /** Text the change deleted (repeated blocks have it elsewhere too), or ''. */
  deleted: string
}

/** The first Handlungsfeld whose title names `block` ("(Block 3)"), as the generator titles repeated blocks. */
function handlungsfeldOfBlock(fragment: Y.XmlFragment, block: number): Y.XmlElement {
  const pending: (Y.XmlFragment | Y.XmlElement)[] = [fragment]
  while (pending.length > 0) {
    const parent = pending.shift()!
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      const title = child.nodeName === 'handlungsfeld' ? child.toArray().find((part) => part instanceof Y.XmlElement && part.nodeName === 'handlungsfeldTitel') : undefined
      if (title instanceof Y.XmlElement && collectXmlTexts(title).join('').includes(`(Block ${block})`)) return child
      pending.push(child)
    }
  }
  throw new Error(`no Handlungsfeld of block ${block}`)
}

/** Letters and digits only, so that a renderer's line breaks and hyphens do not matter. */
const countIn = (text: string, phrase: string) => lettersOnly(text).split(lettersOnly(phrase)).length - 1

describe('Synopse options: only the changed passages, only chosen Handlungsfelder', () => {
  let server: TestServer
  let editor: SignedIn
  let documentId: string
  let older: string
  const changes: MadeChange[] = []

  const download = async (query: string): Promise<Uint8Array> => {
    const response = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/export?kind=synopse&from=${older}&version=draft&${query}`)
    if (response.status !== 200) throw new Error(`export failed: ${response.status} ${await response.text()}`)
    return new Uint8Array(await response.arrayBuffer())
  }
  const docxText = async (docx: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(docx) })).value

  beforeAll(async () => {
    server = await createTestServer()
    const admin = await signInAsAdmin(server)
    editor = await createAccount(server, admin, { username: 'zuwanderung', name: 'Said Najj', department: 'Fachdienst Zuwanderung', role: 'editor' })
    // Some 200 printed pages: seed 003's Handlungsfelder repeated with running numbers.
    const concept = generateLongConcept(seed, 600_000)
    const imported = await callApi(server, editor.token, 'POST', '/api/documents/import', { text: concept.text, title: 'Integrationskonzept' })
    expect(imported.status).toBe(201)
    documentId = ((await imported.json()) as { id: string }).id
    const frozen = await callApi(server, editor.token, 'POST', `/api/documents/${documentId}/fassungen`, { name: 'Entwurf', gremium: 'Verwaltung', date: '2025-01-15', status: 'Entwurf' })
    expect(frozen.status).toBe(201)
    older = ((await frozen.json()) as { id: string }).id

    const sectionOf = (block: number) => /^(3\.\d+) .*$/m.exec(concept.text.split('\n').filter((line) => line.includes(`(Block ${block})`))[0]!)![1]!
    await server.collaboration.changeDocument(documentId, editor.user.id, (ydoc) => {
      const fragment = ydoc.getXmlFragment(CONTENT_FRAGMENT)
      const longTexts = (block: number) => collectXmlTexts(handlungsfeldOfBlock(fragment, block)).filter((text) => text.length > 120)
      const appended = ' Neu beschlossen: Sprachcafés in allen Ämtern des Kreises ab 2026.'
      const first = longTexts(3)[0]!
      first.insert(first.length, appended)
      changes.push({ section: sectionOf(3), text: appended.trim(), deleted: '' })
      const replaced = longTexts(7)[2]!
      const deleted = replaced.toString().slice(0, 60)
      const replacement = 'Ersetzt durch Beschluss des Kreistags vom 12.03.2026: '
      replaced.delete(0, 60)
      replaced.insert(0, replacement)
      changes.push({ section: sectionOf(7), text: replacement.trim(), deleted })
      const third = longTexts(11)[1]!
      const inserted = 'Die Ausländerbehörde berät ab 2026 auch in einfacher Sprache. '
      third.insert(0, inserted)
      changes.push({ section: sectionOf(11), text: inserted.trim(), deleted: '' })
    })
  }, 600_000)

  afterAll(async () => {
    await server?.cleanup()
  })

  it('gives only the changed passages, with "(…)" for what is left out, a small fraction of the whole Synopse', async () => {
    expect(new Set(changes.map((change) => change.section)).size).toBe(3)
    const whole = await docxText(await download('format=docx'))
    const changed = await docxText(await download('format=docx&umfang=aenderungen'))
    expect(changed.length).toBeLessThan(whole.length / 20)
    const passages = [omission, ...changes.flatMap((change) => [...(change.deleted ? [change.deleted] : []), change.text, omission])]
    for (const change of changes) {
      expect(countIn(whole, change.text), change.text).toBe(1)
      expect(countIn(changed, change.text), change.text).toBe(1)
    }
    expectInOrder(changed, passages, 'changed passages between omissions (mammoth)')
    expect(whole).not.toContain(omission)

    const pdf = await download('format=pdf&umfang=aenderungen')
    const pages = Number(/Pages:\s+(\d+)/.exec(await popplerReport('pdfinfo', pdf))![1])
    const text = await pdfToText(pdf)
    for (const change of changes) expect(countIn(text, change.text), change.text).toBe(1)
    expectInOrder(text, passages, 'changed passages between omissions (pdftotext)')
    // The whole Synopse of some 200 pages of concept runs to hundreds of landscape pages; the changes fit on a few.
    expect(pages).toBeLessThanOrEqual(5)
  }, 600_000)

  it('restricts the Synopse to chosen Handlungsfelder, whole or changes only', async () => {
    const [chosen, , other] = changes
    const onlyChosen = await docxText(await download(`format=docx&umfang=aenderungen&abschnitte=${chosen!.section},${other!.section}`))
    expect(countIn(onlyChosen, chosen!.text)).toBe(1)
    expect(countIn(onlyChosen, other!.text)).toBe(1)
    expect(countIn(onlyChosen, changes[1]!.text)).toBe(0)

    const wholeSection = await docxText(await download(`format=docx&abschnitte=${chosen!.section}`))
    expect(countIn(wholeSection, chosen!.text)).toBe(1)
    expect(countIn(wholeSection, other!.text)).toBe(0)
    expect(wholeSection).toContain(omission)
  }, 600_000)

  it('answers a wrong option with a German error and no file', async () => {
    const response = await callApi(server, editor.token, 'GET', `/api/documents/${documentId}/export?kind=synopse&format=pdf&from=${older}&umfang=teilweise`)
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('Unbekannter Umfang „teilweise“')
  })
})
