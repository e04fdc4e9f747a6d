import { describe, expect, it } from 'vitest'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { collectTeilziele, readConcept } from '../../../shared/model/readConcept'
import { computeNumbering } from '../../../shared/schema/numbering/computeNumbering'
import { documentText, importFixture, lettersOnly } from './importFixture'

const seed = importFixture('rendsburg-eckernfoerde-beschlussvorlage.txt')
const concept = readConcept(seed.node)
const teilziele = collectTeilziele(seed.node)

function topLevel(node: ProseMirrorNode, type: string): { node: ProseMirrorNode; position: number }[] {
  const found: { node: ProseMirrorNode; position: number }[] = []
  node.forEach((child, position) => {
    if (child.type.name === type) found.push({ node: child, position })
  })
  return found
}

describe('importPlainTextConcept: seed 003 (Beschlussvorlage with Teilziel tables)', () => {
  it('detects the layout, the cover sheet and the concept title', () => {
    expect(seed.summary.format).toBe('teilziel-blocks')
    expect(seed.summary.coverSheet).toBe(true)
    expect(seed.summary.title).toBe('Konzept zur Förderung der Integration und Teilhabe von Menschen mit Migrationshintergrund im Kreis Rendsburg-Eckernförde')
    expect(seed.summary).toMatchObject({ handlungsfelder: 10, oberziele: 5, teilziele: 21, massnahmen: 0 })
  })

  it('makes chapters 1–6 level-1 headings without their numbers', () => {
    const chapters = topLevel(seed.node, 'heading').filter(({ node }) => node.attrs['level'] === 1)
    const numbering = computeNumbering(seed.node)
    expect(chapters.map(({ node, position }) => `${numbering.get(position)} ${node.textContent}`)).toEqual([
      '1 Integration als kommunale Herausforderung',
      '2 Ausgangslage/ Rahmenbedingungen',
      '3 Handlungsfelder',
      '4 Steuerung',
      '5 Berichtswesen',
      '6 Perspektive',
    ])
  })

  it('makes 3.1–3.5 top-level Handlungsfelder with nested 3.1.1–3.2.2', () => {
    expect(concept.handlungsfelder.map((feld) => `${feld.number} ${feld.title}`)).toEqual([
      '3.1 Bildung/ frühkindliche Bildung/ Sprachförderung/ kulturelle Bildung',
      '3.2 Stärkung der Teilhabestrukturen am gesellschaftlichen Leben',
      '3.3 Arbeit/ Wirtschaft/ Ausbildung',
      '3.4 Bürgerschaftliches Engagement',
      '3.5 Interkulturelle Kompetenz und interkulturelle Öffnung',
    ])
    const nested = concept.handlungsfelder.flatMap((feld) => feld.children.map((child) => `${child.number} ${child.title}`))
    expect(nested).toEqual([
      '3.1.1 Frühkindliche Bildung/ Kindertagesbetreuung',
      '3.1.2 Sprachförderung zum Erlernen der deutschen Sprache',
      '3.1.3 Kulturelle Bildung',
      '3.2.1 Zugang zu Angeboten der Begegnung und Teilhabe',
      '3.2.2 Förderung der Mädchen und Frauen mit Migrationshintergrund',
    ])
    expect(seed.summary.warnings.filter((warning) => warning.includes('Nummer'))).toEqual([])
  })

  it('reads the five Oberziele', () => {
    expect(concept.handlungsfelder.map((feld) => feld.oberziele)).toEqual([
      ['Alle Menschen mit Migrationshintergrund haben Zugang zu Bildung'],
      ['Alle Menschen mit Migrationshintergrund haben Zugang zu Angeboten der Begegnung und Teilhabe'],
      ['Alle Menschen mit Migrationshintergrund haben Zugang zu Arbeit'],
      ['Die Teilhabe von allen Menschen mit Migrationshintergrund am gesellschaftlichen Leben ist sichergestellt'],
      ['Interkulturelle Kompetenz und interkulturelle Öffnung in der Kreisverwaltung werden gefördert'],
    ])
  })

  it('reads 21 Teilziele, all five fields filled, in the sections they belong to', () => {
    expect(teilziele).toHaveLength(21)
    for (const teilziel of teilziele) {
      for (const text of Object.values(teilziel.fields)) expect(text.trim()).not.toBe('')
    }
    const [bildung, teilhabe, arbeit, engagement, oeffnung] = concept.handlungsfelder
    expect(bildung!.children.map((child) => child.teilziele.length)).toEqual([2, 3, 2])
    expect(teilhabe!.children.map((child) => child.teilziele.length)).toEqual([2, 4])
    expect([arbeit!.teilziele.length, engagement!.teilziele.length, oeffnung!.teilziele.length]).toEqual([5, 1, 2])
  })

  it('reads Teilziele with labels on their own lines', () => {
    const first = teilziele[0]!.fields
    expect(first.teilzielZiel).toBe('Die bedarfsgerechte Betreuung und Förderung von Kindern mit Migrationshintergrund ist sichergestellt.')
    expect(first.teilzielAufgaben).toMatch(/^Beratung und Unterstützung von Gemeinden .* die auch niedrigschwellig sein können\.$/)
    expect(first.teilzielZielgruppe).toBe('Kinder mit Migrationshintergrund')
    // Five "- " bullets, split across a page break.
    expect(first.teilzielAktivitaeten.split('\n')).toHaveLength(5)
    expect(first.teilzielAktivitaeten.split('\n')[2]).toMatch(/^Der Kreis berät die Träger von Kindertageseinrichtungen/)
    expect(first.teilzielVerantwortliche).toBe('Fachbereich Jugend und Familie - Fachdienst Kinder, Jugend, Sport')
  })

  it('reads Teilziele with label and text on one line, and HTML list fragments', () => {
    const sprachkurse = teilziele[2]!.fields
    expect(sprachkurse.teilzielZiel).toBe('Im Kreis Rendsburg- Eckernförde besteht ein bedarfsgerechtes und abgestimmtes Angebot an Sprachkursen zum Erlernen der deutschen Sprache.')
    expect(sprachkurse.teilzielAufgaben).toBe('Ausbau und Koordinierung von Kooperationsstrukturen mit den Trägern von Sprachkursen und den Ämtern, Städten und Gemeinden. Monitoring der Entwicklung.')
    expect(sprachkurse.teilzielZielgruppe).toBe('Erwachsene mit Migrationshintergrund mit Sprachförderbedarf')
    expect(sprachkurse.teilzielAktivitaeten.split('\n')).toEqual([
      'Zusammenarbeit mit den Trägern von Sprachkursen, Ämtern, Städte und Gemeinden.',
      'Abstimmung der Sprachkursangebote.',
      'Abstimmung der Qualität der Kurse.',
      'Kooperation mit dem Bundesamt für Migration und Flüchtlinge (BAMF).',
    ])
    expect(sprachkurse.teilzielVerantwortliche).toBe('Fachgruppe Integration und Einbürgerung')

    const gesundheit = concept.handlungsfelder[1]!.children[0]!.teilziele[1]!.fields
    expect(gesundheit.teilzielAktivitaeten.split('\n')).toEqual(['Netzwerkarbeit', 'Projektarbeit', 'Fachtagungen und Veranstaltungen'])
    // A <ul> fragment without bullets is one activity.
    const programme = concept.handlungsfelder[2]!.teilziele[0]!.fields
    expect(programme.teilzielAktivitaeten).toBe(
      'Die Zusammenarbeit mit Bundesagentur und Jobcenter zum frühzeitigen Austausch über Entwicklungen und Kenntnissnahme neuer Programme der Bundesagentur für Arbeit und des Jobcenters wird weiterentwickelt.',
    )
    // Stray space before the full stop is fixed.
    expect(bildungKultur().teilzielAufgaben).toBe('Aufbau und Koordinierung von Kooperationsstrukturen mit Familienzentren, Kirchengemeinden, Vereinen und Verbänden.')
  })

  it('keeps the Aktivitäten as a bullet list with one item per activity', () => {
    let aktivitaeten: ProseMirrorNode | undefined
    seed.node.descendants((node) => {
      if (node.type.name === 'teilzielAktivitaeten' && !aktivitaeten) aktivitaeten = node
      return !aktivitaeten
    })
    expect(aktivitaeten!.childCount).toBe(1)
    expect(aktivitaeten!.firstChild!.type.name).toBe('bulletList')
    expect(aktivitaeten!.firstChild!.childCount).toBe(5)
  })

  it('reads the Verantwortliche of 3.5 and the three Gleichstellungsbeauftragte Teilziele', () => {
    expect(concept.handlungsfelder[4]!.teilziele.map((teilziel) => teilziel.fields.teilzielVerantwortliche)).toEqual([
      'Alle Fachbereiche der Kreisverwaltung',
      'Fachbereich Zentrale Dienste, Fachgruppe Integration und Einbürgerung',
    ])
    const gleichstellung = teilziele.filter((teilziel) => teilziel.fields.teilzielVerantwortliche.startsWith('Gleichstellungsbeauftragte'))
    expect(gleichstellung.map((teilziel) => teilziel.fields.teilzielVerantwortliche)).toEqual([
      'Gleichstellungsbeauftragte',
      'Gleichstellungsbeauftragte',
      'Gleichstellungsbeauftragte, Fachgruppe Integration und Einbürgerung',
    ])
  })

  it('keeps chapter 5 "Berichtswesen" intact', () => {
    const headings = topLevel(seed.node, 'heading')
    const berichtswesen = headings.find(({ node }) => node.textContent === 'Berichtswesen')!
    const index = seed.node.content.content.indexOf(berichtswesen.node)
    const paragraph = seed.node.child(index + 1)
    expect(paragraph.type.name).toBe('paragraph')
    expect(paragraph.textContent).toBe(
      'Zu den regelmäßigen Treffen der Steuerungsgruppe wird von der Fachgruppe Integration und Einbürgerung zum Stand der Umsetzung der Ziele berichtet und ggfs. Empfehlungen zur Weiterentwicklung des Konzeptes gemacht. In einem zweijährigen Turnus wird dem Kreistag ein Bericht zum Stand der Umsetzung und Weiterentwicklung des Konzeptes zur Förderung der Integration und Teilhabe von Menschen mit Migrationshintergrund vorgelegt.',
    )
    expect(seed.node.child(index + 2).textContent).toBe('Perspektive')
  })

  it('keeps the cover sheet as ordinary, unnumbered content', () => {
    const coverHeadings = topLevel(seed.node, 'heading').filter(({ node }) => node.attrs['level'] === 3).map(({ node }) => node.textContent)
    expect(coverHeadings).toEqual([
      'vorgesehene Beratungsfolge',
      'Beschlussvorschlag',
      'Begründung der Nichtöffentlichkeit',
      'Sachverhalt',
      'Relevanz für den Klimaschutz',
      'Finanzielle Auswirkungen',
      'Anlage/n',
    ])
    expect(seed.node.firstChild!.textContent).toBe('Beschlussvorlage öffentlich · Vorlage-Nr: VO/2020/426-001')
    expect(documentText(seed.node)).toContain('14.09.2020 · Kreistag des Kreises Rendsburg-Eckernförde')
  })

  it('drops the table of contents, rejoins the paragraph split by a page break, and says so', () => {
    expect(documentText(seed.node)).not.toContain('Inhaltsverzeichnis')
    expect(documentText(seed.node)).toContain('Zugehörigkeitsgefühls, bei dem sich die Menschen mit Migrationshintergrund mit einer selbstverständlich offenen')
    expect(seed.summary.warnings).toEqual([
      expect.stringMatching(/^Inhaltsverzeichnis mit 16 Einträgen entfernt/),
      expect.stringMatching(/^Über einen Seitenumbruch getrennter Absatz zusammengefügt/),
    ])
  })

  it('turns bold and URL markup into marks and drops dead [text](#) anchors', () => {
    const json = JSON.stringify(seed.doc)
    expect(json).toContain('{"type":"text","text":"Konzept zur Förderung der Integration und Teilhabe von Menschen mit Migrationshintergrund im Kreis Rendsburg-Eckernförde","marks":[{"type":"bold"}]}')
    expect(json).toContain('"marks":[{"type":"link","attrs":{"href":"https://www.destatis.de/DE/Themen/Gesellschaft-Umwelt/Bevoelkerung/Migration-Integration/Glossar/migrationshintergrund.html"}}]')
    expect(documentText(seed.node)).toContain('im monatlichen Bericht zur Entwicklung der Zuwanderung im Kreis Rendsburg- Eckernförde².')
    expect(json).not.toContain('](#)')
  })

  it('loses no text apart from the table of contents and the field labels', () => {
    const all = lettersOnly(documentText(seed.node))
    const labels = /^(?:Teilziel|Möglichkeiten und Aufgaben des Kreises|Zielgruppe|Beispielhafte Aktivitäten des Kreises|Verantwortliche|Oberziel:)\s*/
    const tocStart = seed.text.indexOf('Inhaltsverzeichnis')
    const tocEnd = seed.text.indexOf('1 Integration als kommunale Herausforderung\n')
    const lines = (seed.text.slice(0, tocStart) + seed.text.slice(tocEnd)).split('\n')
    for (const line of lines) {
      const text = line
        .trim()
        .replace(/^\d+(?:\.\d+)*\s+/, '')
        .replace(labels, '')
        .replace(/<\/?(?:ul|ol|li)\b[^>]*>/g, '')
      expect(all, line).toContain(lettersOnly(text))
    }
  })
})

function bildungKultur() {
  return concept.handlungsfelder[0]!.children[2]!.teilziele[1]!.fields
}
