import { describe, expect, it } from 'vitest'
import { cleanConvertedText } from '../../../shared/import/cleanConvertedText'
import { splitGoalStatement } from '../../../shared/import/splitGoalStatement'
import { splitListItems } from '../../../shared/import/splitListItems'
import { parseMassnahmeItem } from '../../../shared/import/parseMassnahmeItem'
import { matchConceptLabel } from '../../../shared/import/matchConceptLabel'

describe('splitListItems', () => {
  it('splits HTML fragments on bullets and strips tags', () => {
    expect(splitListItems('<ul style="list-style-type: none">• A.• B.</ul>')).toEqual(['A.', 'B.'])
    expect(splitListItems('<ul style="list-style-type: none">Netzwerkarbeit• Projektarbeit')).toEqual(['Netzwerkarbeit', 'Projektarbeit'])
    expect(splitListItems('<ul style="list-style-type: none">Ein Text ohne Aufzählungszeichen')).toEqual(['Ein Text ohne Aufzählungszeichen'])
    expect(splitListItems('<ol><li>Eins</li><li>Zwei &amp; drei</li></ol>')).toEqual(['Eins', 'Zwei & drei'])
    expect(splitListItems('- Text  mit\tLücken')).toEqual(['Text mit Lücken'])
  })
})

describe('splitGoalStatement', () => {
  it('separates the goal name from the goal sentence', () => {
    expect(splitGoalStatement('Bildung Jede*r Zugewanderte hat die Möglichkeit zur erfolgreichen Teilnahme an Bildungsangeboten.')).toEqual({
      name: 'Bildung',
      statement: 'Jede*r Zugewanderte hat die Möglichkeit zur erfolgreichen Teilnahme an Bildungsangeboten.',
    })
    expect(splitGoalStatement('Aufnehmende Gesellschaft Die aufnehmende Gesellschaft soll sensibilisiert werden.').name).toBe('Aufnehmende Gesellschaft')
    expect(splitGoalStatement('Wohnen Zugewanderte werden integriert.', 'Wohnen').name).toBe('Wohnen')
    expect(splitGoalStatement('Sprache – Alle sprechen Deutsch.')).toEqual({ name: 'Sprache', statement: 'Alle sprechen Deutsch.' })
  })

  it('keeps the whole text as the name when there is no sentence', () => {
    expect(splitGoalStatement('Arbeit und Beschäftigung')).toEqual({ name: 'Arbeit und Beschäftigung', statement: '' })
  })
})

describe('parseMassnahmeItem', () => {
  it('reads codes with and without spaces and colons without a space', () => {
    expect(parseMassnahmeItem('Maßnahme S6:Alphabetisierungskurse anbieten')).toEqual({ code: 'S6', sourceCode: 'S6', text: 'Alphabetisierungskurse anbieten' })
    expect(parseMassnahmeItem('Maßnahme aG 1: Durchführung einer interkulturellen Woche')).toEqual({ code: 'aG1', sourceCode: 'aG 1', text: 'Durchführung einer interkulturellen Woche' })
    expect(parseMassnahmeItem('Fortschreibung des Sprachförderkonzeptes')).toBeNull()
  })
})

describe('matchConceptLabel', () => {
  it('recognises labels alone, with a tab and with a space, but not words that merely start alike', () => {
    expect(matchConceptLabel('Teilziel')).toEqual({ label: 'teilzielZiel', rest: '', wording: 'Teilziel' })
    expect(matchConceptLabel('Zielgruppe\tErwachsene')).toEqual({ label: 'teilzielZielgruppe', rest: 'Erwachsene', wording: 'Zielgruppe' })
    expect(matchConceptLabel('Möglichkeiten und Aufgaben des Kreises Monitoring der Entwicklung')).toEqual({ label: 'teilzielAufgaben', rest: 'Monitoring der Entwicklung', wording: 'Möglichkeiten und Aufgaben des Kreises' })
    expect(matchConceptLabel('Oberziel:')).toEqual({ label: 'oberziel', rest: '', wording: 'Oberziel' })
    expect(matchConceptLabel('Teilziel 3: Sprachkurse')).toEqual({ label: 'teilzielZiel', rest: 'Sprachkurse', wording: 'Teilziel' })
    expect(matchConceptLabel('Strategisches Ziel:')).toEqual({ label: 'oberziel', rest: '', wording: 'Strategisches Ziel' })
    expect(matchConceptLabel('Strategisches Ziel 1: Sprache')).toBeNull()
    expect(matchConceptLabel('Oberziel ist die Teilhabe aller.')).toBeNull()
    expect(matchConceptLabel('Teilziele werden jährlich überprüft.')).toBeNull()
    expect(matchConceptLabel('Zielgruppenorientierte Angebote')).toBeNull()
  })
})

describe('cleanConvertedText', () => {
  it('normalises line endings and invisible characters and trims lines', () => {
    expect(cleanConvertedText('\r\n  Ab\u00adsatz\u00a0eins  \r\nzwei\t\r\n\r\n').lines).toEqual(['Absatz eins', 'zwei'])
  })

  it('keeps the leading tab of a table row only', () => {
    expect(cleanConvertedText('\tBearbeiter/in: Najj\t\n\tKreistag\tEntscheidung').lines).toEqual(['Bearbeiter/in: Najj', '\tKreistag\tEntscheidung'])
  })

  it('drops Mind-Map debris and tables of contents with a warning', () => {
    const { lines, warnings } = cleanConvertedText('Titel\nJetzt loslegen. Gratis!\nInhaltsverzeichnis\n1\tEins\t3\n1.1\tZwei.....\t4\n\n1 Eins')
    expect(lines).toEqual(['Titel', '', '1 Eins'])
    expect(warnings).toEqual(['Umwandlungsrest entfernt: „Jetzt loslegen. Gratis!“', 'Inhaltsverzeichnis mit 2 Einträgen entfernt – es ergibt sich aus den Überschriften.'])
  })
})
