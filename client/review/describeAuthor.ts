import type { ChangeAuthor } from '../../shared/changes/ChangeModel'
import { formatChangeTime } from './formatChangeTime'

/** "Jana Krüger · Jugend und Familie · 21.03.2019 14:05", or a hint that the author is unknown. */
export function describeAuthor(author: ChangeAuthor | null | undefined): string {
  if (!author) return 'Urheber unbekannt'
  return [author.name, author.department, formatChangeTime(author.at)].filter(Boolean).join(' · ')
}
