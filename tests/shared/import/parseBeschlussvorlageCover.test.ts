import { describe, expect, it } from 'vitest'
import { parseBeschlussvorlageCover } from '../../../shared/import/parseBeschlussvorlageCover'
import { readFixture } from './importFixture'

const konzeptTitel = 'Konzept zur Förderung der Integration und Teilhabe von Menschen mit Migrationshintergrund im Kreis Rendsburg-Eckernförde'
const massgabe = `zu verabschieden mit der Maßgabe, dass es in Ziffer 5 Satz 2 des Konzepts (Seite 17) heißt, dass im zweijährigen Turnus nicht dem Kreistag, sondern dem Sozial- und Gesundheitsausschuss zum Stand der Umsetzung und Weiterentwicklung des Konzepts berichtet wird.`

describe('parseBeschlussvorlageCover', () => {
  it('reads the cover sheet of seed 003', () => {
    expect(parseBeschlussvorlageCover(readFixture('rendsburg-eckernfoerde-beschlussvorlage.txt'))).toEqual({
      vorlageNummer: 'VO/2020/426-001',
      datum: '09.09.2020',
      fachdienst: 'Zuwanderung',
      ansprechpartner: 'Petersen, Jörn',
      bearbeiter: 'Najj, Said',
      title: `Zuwanderung: ${konzeptTitel}`,
      beratungsfolge: [{ datum: '14.09.2020', gremium: 'Kreistag des Kreises Rendsburg-Eckernförde', zustaendigkeit: '' }],
      beschlussvorschlag: `Der Kreistag beschließt, das „${konzeptTitel}“ ${massgabe}`,
      begruendungNichtoeffentlichkeit: 'entfällt',
      sachverhalt: `Nach Beratung hat der Sozial- und Gesundheitsausschuss in seiner Sitzung vom 27.08.2020 beschlossen, dem Kreistag zu empfehlen, das „${konzeptTitel}“ ${massgabe}`,
      klimaschutz: 'keine',
      finanzielleAuswirkungen:
        'Keine, da das Konzept lediglich einen Rahmen für die künftige Integrationsarbeit im Kreis vorgeben soll. Die Koordinierung der Umsetzung der Ziele dieses Konzeptes erfolgt durch vom Land vollständig geförderte Stellen.',
      anlagen: [konzeptTitel],
    })
  })

  it('reads labels with inline text, several rows and paragraphs, and fills what is missing with empty strings', () => {
    const text = [
      'Sitzungsvorlage\tVorlage-Nr.: 12/2024',
      'Integrationskonzept der Stadt',
      'Beratungsfolge:',
      'Datum\tGremium\tZuständigkeit',
      '01.02.2024\tSozialausschuss\tVorberatung',
      '15.02.2024\tRat\tEntscheidung',
      'Beschlussvorschlag: Der Rat beschließt',
      'das Konzept.',
      '',
      'Zweiter Absatz.',
      'Anlagen:',
      '1. Konzept',
      '2. Stellungnahme',
    ].join('\n')
    expect(parseBeschlussvorlageCover(text)).toEqual({
      vorlageNummer: '12/2024',
      datum: '',
      fachdienst: '',
      ansprechpartner: '',
      bearbeiter: '',
      title: 'Integrationskonzept der Stadt',
      beratungsfolge: [
        { datum: '01.02.2024', gremium: 'Sozialausschuss', zustaendigkeit: 'Vorberatung' },
        { datum: '15.02.2024', gremium: 'Rat', zustaendigkeit: 'Entscheidung' },
      ],
      beschlussvorschlag: 'Der Rat beschließt das Konzept.\n\nZweiter Absatz.',
      begruendungNichtoeffentlichkeit: '',
      sachverhalt: '',
      klimaschutz: '',
      finanzielleAuswirkungen: '',
      anlagen: ['Konzept', 'Stellungnahme'],
    })
  })

  it('returns null for text without a cover sheet', () => {
    expect(parseBeschlussvorlageCover(readFixture('vechta-mindmap.txt'))).toBeNull()
    expect(parseBeschlussvorlageCover('')).toBeNull()
  })
})
