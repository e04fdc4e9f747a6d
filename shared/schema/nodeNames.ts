/** Node names as they appear in ProseMirror JSON and as Y.XmlElement names in the `default` fragment. */
export const NodeName = {
  handlungsfeld: 'handlungsfeld',
  handlungsfeldTitel: 'handlungsfeldTitel',
  oberziel: 'oberziel',
  teilziel: 'teilziel',
  teilzielZiel: 'teilzielZiel',
  teilzielAufgaben: 'teilzielAufgaben',
  teilzielZielgruppe: 'teilzielZielgruppe',
  teilzielAktivitaeten: 'teilzielAktivitaeten',
  teilzielVerantwortliche: 'teilzielVerantwortliche',
  massnahme: 'massnahme',
  massnahmeText: 'massnahmeText',
  massnahmeVerantwortliche: 'massnahmeVerantwortliche',
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
} as const

/** The Yjs XmlFragment that holds the document content (Tiptap's default). */
export const CONTENT_FRAGMENT = 'default'
