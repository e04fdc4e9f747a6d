import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { buildConceptExport } from '../../../shared/export/buildConceptExport'
import { importDocxConcept } from '../../../shared/import/docx/importDocxConcept'
import { readConcept } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { normalizeConceptDocument } from '../../../shared/schema/normalizeConceptDocument'
import { renderDocx } from '../../../server/export/renderDocx'

const text = (value: string, ...marks: string[]): JSONContent => (marks.length > 0 ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value })
const paragraph = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const item = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content })

/** Every kind of block and mark the schema has, in a small concept. */
const concept: JSONContent = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [text('Einleitung')] },
    paragraph(text('Fett', 'bold'), text(' und '), text('kursiv', 'italic'), text(', '), text('unterstrichen', 'underline'), text(', '), text('gestrichen', 'strike'), text(', ein '), { type: 'text', text: 'Verweis', marks: [{ type: 'link', attrs: { href: 'https://www.kreis-rd.de/integration' } }] }, text(' – „Anführung“.')),
    { type: 'bulletList', content: [item(paragraph(text('Erster Punkt')), { type: 'bulletList', content: [item(paragraph(text('Unterpunkt')))] }), item(paragraph(text('Zweiter Punkt')))] },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', content: [paragraph(text('Jahr'))] }, { type: 'tableHeader', content: [paragraph(text('Zugewanderte'))] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph(text('2019'))] }, { type: 'tableCell', content: [paragraph(text('5.800'))] }] },
      ],
    },
    { type: 'heading', attrs: { level: 1 }, content: [text('Handlungsfelder')] },
    {
      type: 'handlungsfeld',
      content: [
        { type: 'handlungsfeldTitel', content: [text('Bildung')] },
        { type: 'oberziel', content: [paragraph(text('Alle haben Zugang zu Bildung.')), paragraph(text('Niemand bleibt zurück.'))] },
        {
          type: 'handlungsfeld',
          content: [
            { type: 'handlungsfeldTitel', content: [text('Frühkindliche Bildung')] },
            {
              type: 'teilziel',
              content: [
                { type: 'teilzielZiel', content: [paragraph(text('Betreuung ist '), text('sichergestellt', 'bold'), text('.'))] },
                { type: 'teilzielAufgaben', content: [paragraph(text('Beratung der Träger.')), paragraph(text('Monitoring.'))] },
                { type: 'teilzielZielgruppe', content: [paragraph(text('Kinder'))] },
                { type: 'teilzielAktivitaeten', content: [{ type: 'bulletList', content: [item(paragraph(text('Leitungstreffen'))), item(paragraph(text('Fortbildungen')))] }] },
                { type: 'teilzielVerantwortliche', content: [paragraph(text('Fachdienst Kinder, Jugend, Sport'))] },
              ],
            },
            {
              type: 'massnahme',
              attrs: { code: 'B1', zeitraum: '2025–2027', status: 'in Umsetzung' },
              content: [
                { type: 'massnahmeText', content: [paragraph(text('Sprachkitas ausbauen'))] },
                { type: 'massnahmeVerantwortliche', content: [paragraph(text('Jugendamt'))] },
              ],
            },
          ],
        },
      ],
    },
    { type: 'handlungsfeld', content: [{ type: 'handlungsfeldTitel', content: [text('Arbeit')] }, { type: 'orderedList', attrs: { start: 1 }, content: [item(paragraph(text('Jobmesse'))), item(paragraph(text('Mentoring')))] }] },
  ],
}

/** The JSON without block ids, which every import assigns anew. */
function withoutIds(node: ProseMirrorNode): unknown {
  return JSON.parse(JSON.stringify(node.toJSON(), (key, value: unknown) => (key === 'id' ? undefined : value)))
}

describe('DOCX export and import are each other’s inverse', () => {
  it('keeps every block, field, mark, link and list of the concept, and the derived numbering', async () => {
    const original = normalizeConceptDocument(getConceptSchema().nodeFromJSON(concept))
    const docx = await renderDocx(buildConceptExport({ doc: original, documentTitle: 'Integrationskonzept Musterkreis', version: { kind: 'draft', asOf: new Date('2026-03-01T12:00:00Z') } }))
    const { doc, summary } = await importDocxConcept(docx)
    const imported = normalizeConceptDocument(getConceptSchema().nodeFromJSON(doc))

    expect(summary).toMatchObject({ format: 'teilziel-blocks', title: 'Integrationskonzept Musterkreis', handlungsfelder: 3, oberziele: 1, teilziele: 1, massnahmen: 1 })
    expect(summary.warnings).toEqual(['Angaben des Titelblatts nicht in den Text übernommen: „Aktueller Entwurf“, „Stand: 01.03.2026“.', 'Inhaltsverzeichnis mit 5 Einträgen entfernt – es ergibt sich aus den Überschriften.'])
    expect(stripIds(readConcept(imported))).toEqual(stripIds(readConcept(original)))
    expect(withoutIds(imported)).toEqual(withoutIds(original))
  })
})

function stripIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, entry: unknown) => (key === 'id' ? null : entry))) as T
}
