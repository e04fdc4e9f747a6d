import { describe, expect, it } from 'vitest'
import { importPlainTextConcept } from '../../../shared/import/importPlainTextConcept'
import { collectTeilziele, readConcept } from '../../../shared/model/readConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'
import { documentText, importText } from './importFixture'

const teilzielBlockText = `Integrationskonzept Musterstadt

1 Einleitung

Text der Einleitung.

2 Handlungsfelder

2.1 Sprache

Oberziel: Alle sprechen Deutsch.

Teilziel
Kinder lernen früh Deutsch.
Möglichkeiten und Aufgaben der Stadt
Beratung der Kitas .
Zielgruppe
Kinder
Beispielhafte Aktivitäten der Stadt
- Sprachcafé
- Vorlesepaten
Verantwortliche
Fachdienst Bildung

2.1.1 Erwachsene

Teilziel\tErwachsene finden Kurse.
Möglichkeiten und Aufgaben der Stadt\tKoordination.
Zielgruppe\tErwachsene
Beispielhafte Aktivitäten der Stadt\t<ul><li>Kursbörse</li><li>Beratung &amp; Vermittlung</li></ul>
Verantwortliche\tVolkshochschule

Nach dem Block folgt ein Absatz.

2.2 Arbeit

Oberziel:
Alle finden Arbeit.

3 Ausblick

Weiter so.
`

const outlineText = `Konzept Beispielkreis
1. Ziele
1.1. Strategisches Ziel 1: Sprache Alle Zugewanderten sprechen Deutsch.
1.1.1. Teilziel 1: Mehr Kurse
1.1.1.1. Auch am Abend
1.2. Strategisches Ziel 2: Arbeit und Beruf Die Erwerbsquote steigt deutlich an.
2. Maßnahmen
2.1. Strategisches Ziel 1: Sprache
2.1.1. Maßnahme Sp 1: Kursbörse
2.2. Strategisches Ziel 2: Arbeit und Beruf
2.2.1. Maßnahme AB1: Jobmesse
2.2.2. Ausbau der Beratung
`

describe('importPlainTextConcept: synthetic texts', () => {
  it('imports a small concept with Teilziel tables in both layouts', () => {
    const { node, summary } = importText(teilzielBlockText)
    expect(summary).toMatchObject({ format: 'teilziel-blocks', title: 'Integrationskonzept Musterstadt', coverSheet: false, handlungsfelder: 3, oberziele: 2, teilziele: 2 })
    const { handlungsfelder } = readConcept(node)
    expect(handlungsfelder.map((feld) => `${feld.number} ${feld.title} | ${feld.oberziele.join()}`)).toEqual(['2.1 Sprache | Alle sprechen Deutsch.', '2.2 Arbeit | Alle finden Arbeit.'])
    expect(handlungsfelder[0]!.children.map((child) => `${child.number} ${child.title}`)).toEqual(['2.1.1 Erwachsene'])
    expect(collectTeilziele(node).map((teilziel) => teilziel.fields)).toEqual([
      {
        teilzielZiel: 'Kinder lernen früh Deutsch.',
        teilzielAufgaben: 'Beratung der Kitas.',
        teilzielZielgruppe: 'Kinder',
        teilzielAktivitaeten: 'Sprachcafé\nVorlesepaten',
        teilzielVerantwortliche: 'Fachdienst Bildung',
      },
      {
        teilzielZiel: 'Erwachsene finden Kurse.',
        teilzielAufgaben: 'Koordination.',
        teilzielZielgruppe: 'Erwachsene',
        teilzielAktivitaeten: 'Kursbörse\nBeratung & Vermittlung',
        teilzielVerantwortliche: 'Volkshochschule',
      },
    ])
    // The paragraph after the Verantwortliche ends the block and stays in the Handlungsfeld.
    const erwachsene = node.child([...Array(node.childCount).keys()].find((index) => node.child(index).type.name === 'handlungsfeld')!).lastChild!
    expect(erwachsene.lastChild!.type.name).toBe('paragraph')
    expect(erwachsene.lastChild!.textContent).toBe('Nach dem Block folgt ein Absatz.')
    expect(documentText(node)).toContain('Weiter so.')
  })

  it('imports a small outline with strategic goals and Maßnahmen', () => {
    const { node, summary } = importText(outlineText)
    expect(summary).toMatchObject({ format: 'outline', title: 'Konzept Beispielkreis', handlungsfelder: 2, oberziele: 2, teilziele: 1, massnahmen: 2 })
    const { handlungsfelder } = readConcept(node)
    expect(
      handlungsfelder.map((feld) => ({
        number: feld.number,
        title: feld.title,
        oberziele: feld.oberziele,
        teilziele: feld.teilziele.map((teilziel) => teilziel.fields.teilzielZiel),
        massnahmen: feld.massnahmen.map((massnahme) => `${massnahme.code}: ${massnahme.text}`),
      })),
    ).toEqual([
      { number: '1.1', title: 'Sprache', oberziele: ['Alle Zugewanderten sprechen Deutsch.'], teilziele: ['Mehr Kurse\nAuch am Abend'], massnahmen: ['Sp1: Kursbörse'] },
      { number: '1.2', title: 'Arbeit und Beruf', oberziele: ['Die Erwerbsquote steigt deutlich an.'], teilziele: [], massnahmen: ['AB1: Jobmesse'] },
    ])
    expect(documentText(node)).toContain('Ausbau der Beratung')
  })

  it('reads numbered chapters in plain text as headings and warns when the source skips a number', () => {
    const { node, summary } = importText('Bericht\n\n1 Einleitung\n\nErster Absatz,\nder umbrochen ist.\n\n3 Ausblick\n\nZweiter Absatz.')
    expect(summary.format).toBe('plain')
    expect(node.toJSON().content.map((block: { type: string }) => block.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph'])
    expect(node.child(2).textContent).toBe('Erster Absatz, der umbrochen ist.')
    expect(summary.warnings).toEqual(['„3 Ausblick“ erhält nach dem Import die Nummer 2.'])
  })

  it('gives an empty document with a warning for empty input', () => {
    for (const text of ['', '  \n\n\t \r\n']) {
      const { doc, summary } = importPlainTextConcept(text)
      expect(doc).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
      getConceptSchema().nodeFromJSON(doc).check()
      expect(summary).toMatchObject({ format: 'plain', title: '', handlungsfelder: 0, paragraphs: 0 })
      expect(summary.warnings).toEqual(['Der Text ist leer – es wurde ein leeres Dokument angelegt.'])
    }
  })

  it('takes the title from the options when given', () => {
    expect(importPlainTextConcept('Irgendein Text', { title: 'Konzept 2024' }).summary.title).toBe('Konzept 2024')
    expect(importPlainTextConcept('', { title: 'Konzept 2024' }).summary.title).toBe('Konzept 2024')
  })

  it('imports garbage as plain paragraphs without throwing', () => {
    const { node, summary } = importText('%%%% ¤¤¤ \u0000\u0007 **\n\n<<<>>> ### [](#) <ul>\n\n12.\n\nTeilziel')
    expect(summary.format).toBe('plain')
    expect(summary.handlungsfelder + summary.teilziele + summary.oberziele + summary.massnahmen).toBe(0)
    expect(documentText(node)).toContain('%%%% ¤¤¤')
    expect(documentText(node)).toContain('Teilziel')

    let seed = 7
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const alphabet = ['\n', '\n\n', '\t', ' ', '-', '•', '1.', '2.1 ', 'Teilziel ', 'Zielgruppe ', 'Oberziel:', 'Maßnahme X1: ', '<ul>', '**', '[a](#)', 'ä', 'Z', '\u00ad', '\f']
    for (let round = 0; round < 50; round += 1) {
      const text = Array.from({ length: 200 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')
      // importText checks the document against the schema; the structured import must not need its fallback.
      const { summary: fuzzed } = importText(text)
      expect(fuzzed.warnings.filter((warning) => warning.includes('konnte nicht ausgewertet werden'))).toEqual([])
    }
  })
})
