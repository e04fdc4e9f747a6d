import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { buildConceptExport } from '../../../shared/export/buildConceptExport'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { loadPdfFonts } from '../../../server/export/pdf/loadPdfFonts'
import { renderPdf } from '../../../server/export/renderPdf'
import { expectInOrder } from './expectInOrder'
import { pdfToText, popplerReport } from './externalTools'

const text = (value: string, marks: JSONContent['marks'] = []): JSONContent => (marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value })
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })

const concept: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Handlungsfelder')] },
    {
      type: 'handlungsfeld',
      content: [
        { type: 'handlungsfeldTitel', content: [text('Bildung & Sprache')] },
        { type: 'oberziel', content: [paragraph(text('Alle Menschen haben Zugang zu Bildung – „ohne Hürden“.'))] },
        {
          type: 'teilziel',
          content: [
            { type: 'teilzielZiel', content: [paragraph(text('Größere Reichweite der Kurse ist erreicht.'))] },
            { type: 'teilzielAufgaben', content: [paragraph(text('Koordination mit Trägern, siehe '), text('Kursportal', [{ type: 'link', attrs: { href: 'https://kurse.example.de/' } }]), text('.'))] },
            { type: 'teilzielZielgruppe', content: [paragraph(text('Erwachsene'))] },
            { type: 'teilzielAktivitaeten', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('Abstimmung der Angebote'))] }] }] },
            { type: 'teilzielVerantwortliche', content: [paragraph(text('Fachdienst Zuwanderung'))] },
          ],
        },
        { type: 'massnahme', attrs: { code: 'S1', zeitraum: '2026', status: 'geplant' }, content: [{ type: 'massnahmeText', content: [paragraph(text('Sprachcafé'))] }, { type: 'massnahmeVerantwortliche', content: [paragraph(text('VHS'))] }] },
      ],
    },
  ],
}

describe('the tagged PDF, as poppler reads its structure tree', () => {
  it('tags title page, contents, headings, the Teilziel table row by row and the Maßnahme, with German text and a working link', async () => {
    const doc = getConceptSchema().nodeFromJSON(concept)
    const { bytes: pdf } = await renderPdf(buildConceptExport({ doc, documentTitle: 'Integrationskonzept Größenwahl', version: { kind: 'draft', asOf: new Date('2026-01-15T10:00:00Z') } }), loadPdfFonts())

    const structure = await popplerReport('pdfinfo', pdf, ['-struct-text'])
    expectInOrder(
      structure,
      [
        'Document',
        'P (block)',
        '"Integrationskonzept Größenwahl"',
        '"Stand: 15.01.2026"',
        'TOC',
        'Caption',
        '"Inhaltsverzeichnis"',
        'TOCI',
        '"1 Handlungsfelder 3"',
        'TOCI',
        '"1.1 Bildung & Sprache 3"',
        'H1',
        '"1 Handlungsfelder"',
        'H2',
        '"1.1 Bildung & Sprache"',
        '"Oberziel:"',
        '"Alle Menschen haben Zugang zu Bildung – „ohne Hürden“."',
        'Table',
        'TR',
        'TH:',
        '/Scope /Row',
        '"Teilziel"',
        'TD',
        '"Größere Reichweite der Kurse ist erreicht."',
        'TR',
        '"Möglichkeiten und Aufgaben"',
        '"Kursportal"',
        'L (block)',
        'LI',
        'Lbl',
        '"•"',
        'LBody',
        '"Abstimmung der Angebote"',
        '"Verantwortliche"',
        '"Fachdienst Zuwanderung"',
        'Table',
        '"Maßnahme S1"',
        '"Sprachcafé"',
        '"Zeitraum"',
        '"2026"',
        '"Status"',
        '"geplant"',
      ],
      'structure tree',
    )
    expect(structure).toContain('"Alle Menschen haben Zugang zu Bildung – „ohne Hürden“."')

    const raw = Buffer.from(pdf).toString('latin1')
    expect(raw).toContain('/URI (https://kurse.example.de/)')
    expect(raw).toMatch(/\/S \/GoTo\s*\/D \(abschnitt_1\)/)
    const outline = await pdfToText(pdf, { raw: false })
    expect(outline).toContain('Größere Reichweite der Kurse ist erreicht.')
  })
})
