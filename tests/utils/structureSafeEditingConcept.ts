import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../shared/schema/nodeNames'

const paragraph = (text: string): JSONContent => ({ type: NodeName.paragraph, content: [{ type: 'text', text }] })
const field = (type: string, ...texts: string[]): JSONContent => ({ type, content: texts.map(paragraph) })
const list = (...texts: string[]): JSONContent => ({ type: NodeName.bulletList, content: texts.map((text) => ({ type: NodeName.listItem, content: [paragraph(text)] })) })
const teilziel = (number: string): JSONContent => ({
  type: NodeName.teilziel,
  content: [
    field(NodeName.teilzielZiel, `Ziel ${number} wird erreicht.`),
    field(NodeName.teilzielAufgaben, `Aufgabe ${number} beraten.`, `Aufgabe ${number} begleiten.`),
    field(NodeName.teilzielZielgruppe, `Gruppe ${number} Kinder.`),
    { type: NodeName.teilzielAktivitaeten, content: [list(`Aktivität ${number} A.`, `Aktivität ${number} B.`, `Aktivität ${number} C.`)] },
    field(NodeName.teilzielVerantwortliche, `Verantwortlich ${number} Fachdienst.`),
  ],
})

/**
 * A concept in which every text is unique, so that tests can address positions by text: two Handlungsfelder
 * (the second with a sub-section), Oberziele, three Teilziele, a Maßnahme, paragraphs between them.
 */
export const structureSafeEditingConcept: JSONContent = {
  type: 'doc',
  content: [
    paragraph('Einleitung des Konzepts.'),
    {
      type: NodeName.handlungsfeld,
      content: [
        { type: NodeName.handlungsfeldTitel, content: [{ type: 'text', text: 'Bildung und Sprache' }] },
        field(NodeName.oberziel, 'Oberziel Bildung für alle.'),
        paragraph('Text vor dem ersten Teilziel.'),
        teilziel('eins'),
        teilziel('zwei'),
        paragraph('Text zwischen Teilziel und Maßnahme.'),
        {
          type: NodeName.massnahme,
          attrs: { code: 'B1', zeitraum: '2025', status: 'geplant' },
          content: [field(NodeName.massnahmeText, 'Maßnahme eins Sprachkurs.'), field(NodeName.massnahmeVerantwortliche, 'Träger eins VHS.')],
        },
        paragraph('Text nach der Maßnahme.'),
      ],
    },
    {
      type: NodeName.handlungsfeld,
      content: [
        { type: NodeName.handlungsfeldTitel, content: [{ type: 'text', text: 'Arbeit und Ausbildung' }] },
        field(NodeName.oberziel, 'Oberziel Arbeit für alle.'),
        teilziel('drei'),
        {
          type: NodeName.handlungsfeld,
          content: [{ type: NodeName.handlungsfeldTitel, content: [{ type: 'text', text: 'Ausbildung im Betrieb' }] }, paragraph('Text im Unterabschnitt.')],
        },
      ],
    },
    paragraph('Schlusswort des Konzepts.'),
  ],
}
