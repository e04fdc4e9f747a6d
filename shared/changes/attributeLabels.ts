/** German names of the attributes a change can concern, for summaries and exports. */
export const attributeLabels: Record<string, string> = {
  code: 'Kürzel',
  zeitraum: 'Zeitraum',
  status: 'Status',
  level: 'Überschriftenebene',
  start: 'Startnummer',
  href: 'Link',
  label: 'Bezeichnung',
}
