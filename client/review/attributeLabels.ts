/** German names of the block attributes an attribute change can concern. */
export const attributeLabels: Record<string, string> = {
  code: 'Kürzel',
  zeitraum: 'Zeitraum',
  status: 'Status',
  level: 'Überschriftenebene',
  start: 'Startnummer',
  href: 'Link',
}
