import type { ChangeLocation } from './ChangeModel'

/** Where a change stands: "Teilziel 2 · Zielgruppe · 3.1.2", "Absatz" outside any Handlungsfeld. */
export function describeChangeLocation(location: ChangeLocation | undefined): string {
  if (!location) return ''
  return [location.blockLabel, location.sectionNumber].filter((part) => part !== null && part !== '').join(' · ')
}
