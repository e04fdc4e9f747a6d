/** An ISO date (YYYY-MM-DD) as German date "21.03.2019"; the input unchanged if it is no such date. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate
}
