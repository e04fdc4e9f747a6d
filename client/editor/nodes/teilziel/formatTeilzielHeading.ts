import type { NumberingSpec } from '../../numbering/NumberingSpec'

/** The card heading of a Teilziel: "Teilziel 2 · 3.1.1", or less where the numbers are unknown. */
export function formatTeilzielHeading({ teilzielOrdinal, sectionNumber }: NumberingSpec): string {
  const name = teilzielOrdinal ? `Teilziel ${teilzielOrdinal}` : 'Teilziel'
  return sectionNumber ? `${name} · ${sectionNumber}` : name
}
