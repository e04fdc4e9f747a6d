import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../shared/schema/nodeNames'

const text = (value: string) => [{ type: 'text', text: value }]
const field = (type: string, value: string): JSONContent => ({ type, content: [{ type: NodeName.paragraph, content: text(value) }] })
const teilziel = (goal: string, responsible: string): JSONContent => ({
  type: NodeName.teilziel,
  content: [
    field(NodeName.teilzielZiel, goal),
    field(NodeName.teilzielAufgaben, 'Beratung und Unterstützung von Trägern.'),
    field(NodeName.teilzielZielgruppe, 'Kinder mit Migrationshintergrund'),
    { type: NodeName.teilzielAktivitaeten, content: [{ type: NodeName.bulletList, content: [{ type: NodeName.listItem, content: [{ type: NodeName.paragraph, content: text('Kita-Leitungstreffen') }] }] }] },
    field(NodeName.teilzielVerantwortliche, responsible),
  ],
})

/** A small concept: chapter 1 with the Handlungsfelder Bildung (two Teilziele) and Arbeit (one Maßnahme S1). */
export const smallConceptJson: JSONContent = {
  type: 'doc',
  content: [
    { type: NodeName.heading, attrs: { level: 1 }, content: text('Handlungsfelder') },
    {
      type: NodeName.handlungsfeld,
      content: [
        { type: NodeName.handlungsfeldTitel, content: text('Bildung') },
        { type: NodeName.oberziel, content: [{ type: NodeName.paragraph, content: text('Alle Kinder haben Zugang zu Bildung.') }] },
        teilziel('Die Betreuung ist sichergestellt.', 'Fachdienst Kinder, Jugend, Sport'),
        teilziel('Die Sprachförderung ist sichergestellt.', 'Fachgruppe Integration'),
      ],
    },
    {
      type: NodeName.handlungsfeld,
      content: [
        { type: NodeName.handlungsfeldTitel, content: text('Arbeit') },
        {
          type: NodeName.massnahme,
          attrs: { code: 'S1', zeitraum: '2025–2026', status: 'geplant' },
          content: [field(NodeName.massnahmeText, 'Sprachstand feststellen'), field(NodeName.massnahmeVerantwortliche, 'Kitas')],
        },
      ],
    },
  ],
}
