import type { JSONContent } from '@tiptap/core'
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { DocxImportError } from '../../../shared/import/docx/DocxImportError'
import { importDocxConcept } from '../../../shared/import/docx/importDocxConcept'
import { collectOutline } from '../../../shared/model/collectOutline'
import { readConcept } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'

/** A Word file as an office writes it by hand: no styles of ours, numbers typed into bold paragraphs. */
async function wordFile(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

const bold = (text: string) => new Paragraph({ children: [new TextRun({ text, bold: true })] })
const plain = (text: string) => new Paragraph({ children: [new TextRun(text)] })
const row = (label: string, ...content: Paragraph[]) => new TableRow({ children: [new TableCell({ children: [bold(label)] }), new TableCell({ children: content })] })

function nodeOf(doc: JSONContent) {
  const node = getConceptSchema().nodeFromJSON(doc)
  node.check()
  return node
}

describe('importDocxConcept on Word files we did not write', () => {
  it('maps numbered bold paragraphs, label paragraphs, Teilziel tables and Maßnahmen, and keeps the rest', async () => {
    const file = await wordFile([
      bold('Integrationskonzept des Kreises'),
      plain('Inhaltsverzeichnis'),
      plain('1\tEinleitung\t3'),
      plain('2\tHandlungsfelder\t4'),
      bold('1 Einleitung'),
      plain('Dieses Konzept beschreibt die Integrationsarbeit.'),
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [plain('Name')] }), new TableCell({ children: [plain('Telefon')] })] }), new TableRow({ children: [new TableCell({ children: [plain('Frau Petersen')] }), new TableCell({ children: [plain('04331 202-0')] })] })] }),
      bold('2 Handlungsfelder'),
      bold('2.1 Sprache und Bildung'),
      bold('Oberziel:'),
      plain('Alle Menschen haben Zugang zu Bildung'),
      plain('Teilziel'),
      plain('Sprachkurse sind im ganzen Kreis erreichbar.'),
      plain('Möglichkeiten und Aufgaben des Kreises'),
      plain('Koordinierung der Träger.'),
      plain('Zielgruppe'),
      plain('Erwachsene mit Sprachförderbedarf'),
      plain('Beispielhafte Aktivitäten des Kreises'),
      plain('• Kurse abstimmen • Träger beraten'),
      plain('Verantwortliche'),
      plain('Fachgruppe Integration'),
      new Table({
        rows: [
          row('Teilziel', plain('Kitas fördern Sprache.')),
          row('Möglichkeiten und Aufgaben', plain('Beratung der Träger.')),
          row('Zielgruppe', plain('Kinder')),
          row('Beispielhafte Aktivitäten', plain('Fortbildungen'), plain('Leitungstreffen')),
          row('Verantwortliche', plain('Fachdienst Kinder')),
        ],
      }),
      plain('Maßnahme S1: Sprachcafé einrichten'),
      bold('2.2 Arbeit'),
      new Table({ rows: [row('Maßnahme A 2', plain('Jobmesse ausrichten')), row('Verantwortliche', plain('Jobcenter')), row('Zeitraum', plain('2026')), row('Status', plain('geplant'))] }),
    ])
    const { doc, summary } = await importDocxConcept(file)
    const node = nodeOf(doc)
    expect(summary).toMatchObject({ format: 'teilziel-blocks', title: 'Integrationskonzept des Kreises', teilziele: 2, oberziele: 1, massnahmen: 2, handlungsfelder: 2 })
    expect(summary.warnings).toContain('Inhaltsverzeichnis mit 2 Einträgen entfernt – es ergibt sich aus den Überschriften.')

    expect(collectOutline(node).filter((entry) => entry.kind === 'heading' || entry.kind === 'handlungsfeld').map((entry) => `${entry.number} ${entry.title}`)).toEqual([
      '1 Einleitung',
      '2 Handlungsfelder',
      '2.1 Sprache und Bildung',
      '2.2 Arbeit',
    ])
    const [sprache, arbeit] = readConcept(node).handlungsfelder
    expect(sprache!.oberziele).toEqual(['Alle Menschen haben Zugang zu Bildung'])
    expect(sprache!.teilziele.map((teilziel) => teilziel.fields)).toEqual([
      {
        teilzielZiel: 'Sprachkurse sind im ganzen Kreis erreichbar.',
        teilzielAufgaben: 'Koordinierung der Träger.',
        teilzielZielgruppe: 'Erwachsene mit Sprachförderbedarf',
        teilzielAktivitaeten: 'Kurse abstimmen\nTräger beraten',
        teilzielVerantwortliche: 'Fachgruppe Integration',
      },
      { teilzielZiel: 'Kitas fördern Sprache.', teilzielAufgaben: 'Beratung der Träger.', teilzielZielgruppe: 'Kinder', teilzielAktivitaeten: 'Fortbildungen\nLeitungstreffen', teilzielVerantwortliche: 'Fachdienst Kinder' },
    ])
    expect(sprache!.massnahmen).toMatchObject([{ code: 'S1', text: 'Sprachcafé einrichten' }])
    expect(arbeit!.massnahmen).toMatchObject([{ code: 'A2', text: 'Jobmesse ausrichten', verantwortliche: 'Jobcenter', zeitraum: '2026', status: 'geplant' }])

    // Nothing that fits no structure is lost: the contact table stays a table, the title a paragraph.
    const text = node.textBetween(0, node.content.size, '\n', '\n')
    for (const kept of ['Integrationskonzept des Kreises', 'Dieses Konzept beschreibt die Integrationsarbeit.', 'Frau Petersen', '04331 202-0']) expect(text).toContain(kept)
    expect(doc.content?.some((block) => block.type === 'table')).toBe(true)
  })

  it('builds the outline from Word heading levels when the headings carry no numbers', async () => {
    const file = await wordFile([
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Einleitung' }),
      plain('Warum ein Konzept?'),
      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Handlungsfelder' }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Wohnen' }),
      new Table({ rows: [row('Teilziel', plain('Wohnraum ist erreichbar.')), row('Zielgruppe', plain('Familien'))] }),
      new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'Beratung' }),
      plain('Eine Beratungsstelle je Amt.'),
    ])
    const { doc, summary } = await importDocxConcept(file)
    const node = nodeOf(doc)
    expect(summary.warnings).toEqual([])
    expect(collectOutline(node).map((entry) => `${entry.kind} ${entry.number ?? '-'} ${entry.title}`)).toEqual([
      'heading 1 Einleitung',
      'heading 2 Handlungsfelder',
      'handlungsfeld 2.1 Wohnen',
      'teilziel - Wohnraum ist erreichbar.',
      'handlungsfeld 2.1.1 Beratung',
    ])
    const [wohnen] = readConcept(node).handlungsfelder
    expect(wohnen!.teilziele[0]!.fields).toMatchObject({ teilzielZiel: 'Wohnraum ist erreichbar.', teilzielZielgruppe: 'Familien', teilzielAufgaben: '' })
  })

  it('refuses files that are no Word document with a German message', async () => {
    await expect(importDocxConcept(new TextEncoder().encode('Hallo'))).rejects.toThrow(DocxImportError)
    await expect(importDocxConcept(new TextEncoder().encode('Hallo'))).rejects.toThrow(/^Die Datei ist kein lesbares Word-Dokument/)
  })
})
