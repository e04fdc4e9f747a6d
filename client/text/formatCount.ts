/** "1 Teilziel", "21 Teilziele". */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('de-DE')} ${count === 1 ? singular : plural}`
}
