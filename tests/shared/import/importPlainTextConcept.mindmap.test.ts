import { describe, expect, it } from 'vitest'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { blockText } from '../../../shared/model/blockText'
import { collectOutline } from '../../../shared/model/collectOutline'
import { readConcept } from '../../../shared/model/readConcept'
import { documentText, importFixture, lettersOnly } from './importFixture'

const seed = importFixture('vechta-mindmap.txt')
const concept = readConcept(seed.node)
const goals = concept.handlungsfelder

describe('importPlainTextConcept: seed 002 (mind-map outline)', () => {
  it('detects the outline and its title, and drops the Mind-Map site debris', () => {
    expect(seed.summary.format).toBe('outline')
    expect(seed.summary.title).toBe('Integrationskonzept LK Vechta')
    expect(seed.summary).toMatchObject({ handlungsfelder: 7, oberziele: 7, teilziele: 28, massnahmen: 36 })
    const text = documentText(seed.node)
    expect(text).not.toContain('Jetzt loslegen')
    expect(text).not.toContain('registrieren')
    expect(text).not.toContain('Mind Map')
    expect(seed.summary.warnings.filter((warning) => warning.startsWith('Umwandlungsrest entfernt'))).toHaveLength(3)
  })

  it('makes the seven strategic goals Handlungsfelder 2.1–2.7 titled with the goal name', () => {
    expect(goals.map((goal) => `${goal.number} ${goal.title}`)).toEqual([
      '2.1 Sprachförderung und Spracherwerb',
      '2.2 Bildung',
      '2.3 Ausbildung',
      '2.4 Arbeit und Beschäftigung',
      '2.5 Wohn- und Lebensumfeld',
      // The source's own spelling; chapter 4 writes "gesellschaftlichen".
      '2.6 Teilhabe am gesellschaftliche Leben',
      '2.7 Aufnehmende Gesellschaft',
    ])
  })

  it('makes each goal sentence the Oberziel', () => {
    expect(goals.map((goal) => goal.oberziele)).toEqual([
      ['Jede*r Zugewanderte spricht die deutsche Sprache.'],
      ['Jede*r Zugewanderte hat die Möglichkeit zur erfolgreichen Teilnahme an Bildungsangeboten.'],
      ['Bei Vorliegen der Zugangsvoraussetzungen zum Arbeitsmarkt erhält jede*r Zugewanderte die Möglichkeit eine Ausbildung aufzunehmen.'],
      ['Bei Vorliegen der Zugangsvoraussetzungen zum Arbeitsmarkt erhält jede*r Zugewanderte die Möglichkeit eine Arbeit aufzunehmen.'],
      ['Zugewanderte werden in das örtliche Wohn- und Lebensumfeld integriert.'],
      ['Zugewanderten soll die Teilhabe am örtlichen gesellschaftlichen Leben erleichtert werden.'],
      ['Die aufnehmende Gesellschaft soll für die Migrationsvielfalt sensibilisiert werden.'],
    ])
  })

  it('makes the Teilziele Teilziel blocks with only the goal field filled', () => {
    expect(goals.map((goal) => goal.teilziele.length)).toEqual([5, 7, 5, 3, 3, 2, 3])
    expect(goals[0]!.teilziele[0]!.fields.teilzielZiel).toBe('Verbesserung der Sprachkenntnisse vor Schuleintritt (Frühkindliche Sprachförderung)')
    expect(goals[6]!.teilziele.map((teilziel) => teilziel.fields.teilzielZiel)).toEqual([
      'Aufklärung zu unterschiedlichen kulturellen Hintergründen',
      'Sensibilisierung für Migrations- und Arbeitsmigrationsgründen',
      'Faire Arbeitsbedingungen für Menschen mit Migrationshintergrund',
    ])
    for (const teilziel of goals.flatMap((goal) => goal.teilziele)) {
      expect(teilziel.fields.teilzielZiel).not.toBe('')
      expect([teilziel.fields.teilzielAufgaben, teilziel.fields.teilzielZielgruppe, teilziel.fields.teilzielAktivitaeten, teilziel.fields.teilzielVerantwortliche]).toEqual(['', '', '', ''])
    }
  })

  it('moves the Maßnahmen of chapter 4 into the Handlungsfeld of their goal, codes without spaces', () => {
    expect(goals.map((goal) => goal.massnahmen.map((massnahme) => massnahme.code))).toEqual([
      ['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8'],
      ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'],
      ['AuB1', 'AuB2', 'AuB3', 'AuB4'],
      ['A1', 'A2', 'A3'],
      ['W1', 'W2', 'W3'],
      ['G1', 'G2', 'G3'],
      ['aG1', 'aG2', 'aG3', 'aG4'],
    ])
    const byCode = new Map(goals.flatMap((goal) => goal.massnahmen).map((massnahme) => [massnahme.code, massnahme]))
    expect(byCode.get('S1')!.text).toBe('Feststellung des Sprachstandes durch die Kindertagesstätten')
    expect(byCode.get('S5')!.text).toBe('Niederschwellige Angebote für besondere Zielgruppen mit individuellen Bedarfen verstetigen, bei Bedarf Kinderbetreuung sicherstellen. Zielgruppe: alle Zuwanderungsgruppen')
    expect(byCode.get('S6')!.text).toBe('Alphabetisierungskurse anbieten')
    expect(byCode.get('B6')!.text).toBe('Schaffung spezieller niederschwelliger Bildungsmaßnahmen, für alle Zuwanderungsgruppen (allgemein bildend)')
    expect(byCode.get('AuB4')!.text).toBe('Vernetzung von Jobcenter/Agentur für Arbeit/Ausländerbehörde/ Jugendamt/Sozialamt/Berufsschule')
    expect(byCode.get('G1')!.text).toBe('regelmäßige Durchführung eines Integrationskongresses')
    expect(byCode.get('aG1')!.text).toBe('Durchführung einer interkulturellen Woche')
    expect(byCode.get('aG4')!.text).toBe('Aufklärung zur Arbeitsmigration')
    for (const massnahme of byCode.values()) expect(massnahme).toMatchObject({ zeitraum: '', status: '', verantwortliche: '' })
    expect(seed.summary.warnings).toContain('Maßnahmen-Codes ohne Leerzeichen übernommen: „aG 1“ → „aG1“, „aG 2“ → „aG2“, „aG 3“ → „aG3“.')
  })

  it('keeps the uncoded item of the Maßnahmen list as a paragraph after S8', () => {
    const sprache = findHandlungsfeld(seed.node, 0)
    const blocks: string[] = []
    sprache.forEach((child) => blocks.push(child.type.name === 'massnahme' ? `massnahme ${child.attrs['code']}` : `${child.type.name} ${blockText(child)}`))
    expect(blocks.slice(-2)).toEqual(['massnahme S8', 'paragraph Fortschreibung des kreiseigenen Sprachförderkonzeptes unter Berücksichtigung der vorstehenden Maßnahmen.'])
  })

  it('keeps chapter 3 with its Maßnahmen N1–N5, and all chapters numbered as in the source', () => {
    const outline = collectOutline(seed.node)
    const numbered = outline.filter((entry) => entry.kind !== 'massnahme' && entry.kind !== 'teilziel').map((entry) => `${entry.number} ${entry.title}`)
    expect(numbered).toEqual([
      '1 Ausgangslage',
      '1.1 Im Jahr 2019 im LK VEC',
      '2 Zielsetzung',
      '2.1 Sprachförderung und Spracherwerb',
      '2.2 Bildung',
      '2.3 Ausbildung',
      '2.4 Arbeit und Beschäftigung',
      '2.5 Wohn- und Lebensumfeld',
      '2.6 Teilhabe am gesellschaftliche Leben',
      '2.7 Aufnehmende Gesellschaft',
      '3 Koordination und Netzwerke',
      '3.1 Vorhandene Netzwerke (beispielhaft)',
      '3.2 Folgende Maßnahmen zur Verbesserung der Kommunikation und des Informationsaustausches',
      '4 Maßnahmen zur Zielerreichung',
      '5 Fortschreibung / Evaluation',
      '5.1 Regelmäßige Vorstellung in der Steuerungsgruppe Integration',
      '5.2 Regelmäßige Vorstellung in der Hauptverwaltungsbeamten-Konferenz',
      '5.3 Jährlicher Controlling -/ Evaluationsbericht für die Leitungsebene',
      '5.4 Ggfs. Anpassung der Maßnahmen',
    ])
    const network = outline.filter((entry) => entry.kind === 'massnahme' && entry.depth === 0)
    expect(network.map((entry) => `${entry.number}: ${entry.title}`)).toEqual([
      'N1: Bestandsaufnahme aller in der Flüchtlingsarbeit aktiven Netzwerke und Präsentation im Internet',
      'N2: Weiterführung des Koordinierungsstabes ggfs. unter neuem Namen',
      'N3: Regelmäßige Überprüfung des Integrationskonzeptes auf Aktualität',
      'N4: Pflege der gemeinsamen Austauschplattform (Kombox)',
      'N5: Durchführung einer regelmäßig stattfindenden Integrationskonferenz mit der Bearbeitung aktueller Themen aus dem Bereich Migration und Zuwanderung',
    ])
    expect(seed.summary.warnings.filter((warning) => warning.includes('erhält nach dem Import'))).toEqual([])
  })

  it('loses no text apart from the debris and the merged Maßnahmen sub-headings', () => {
    const all = lettersOnly(documentText(seed.node))
    for (const line of seed.text.split('\n')) {
      if (/Jetzt loslegen|registrieren mit|von Mind Map|^4\.\d\. Strategisches Ziel/.test(line)) continue
      const text = line
        .replace(/^\d+(?:\.\d+)*\.\s*/, '')
        .replace(/^(?:Maßnahme [^:]+|Teilziel \d+|Strategisches Ziel \d+):/, '')
      expect(all, line).toContain(lettersOnly(text))
    }
  })
})

function findHandlungsfeld(doc: ProseMirrorNode, index: number): ProseMirrorNode {
  const found: ProseMirrorNode[] = []
  doc.forEach((child) => {
    if (child.type.name === 'handlungsfeld') found.push(child)
  })
  return found[index]!
}
