export const fassungStatuses = ['Entwurf', 'Beschlussempfehlung', 'Beschluss'] as const
export type FassungStatus = (typeof fassungStatuses)[number]

/** A frozen, immutable version of a document, as a committee adopted it ("i.d.F. vom 21.03.2019 (AFS)"). */
export interface Fassung {
  id: string
  documentId: string
  name: string
  gremium: string
  /** ISO date (YYYY-MM-DD) of the committee's decision. */
  date: string
  status: FassungStatus
  /** The Beratungsfolge entry this Fassung belongs to, if any. */
  beratungsfolgeId: string | null
  createdAt: string
  createdBy: string
}

/** "i.d.F. vom 21.03.2019 (AFS)": how German administrations cite a Fassung. */
export function formatFassungLabel(fassung: Pick<Fassung, 'date' | 'gremium' | 'name'>): string {
  const [year, month, day] = fassung.date.split('-')
  const abbreviation = /\(([^)]+)\)\s*$/.exec(fassung.gremium)?.[1] ?? fassung.gremium
  return day && month && year ? `i.d.F. vom ${day}.${month}.${year} (${abbreviation})` : fassung.name
}
