import type { OutlineEntry } from '../../../shared/model/collectOutline'
import { truncateWords } from '../../text/truncateWords'

/** The text of an outline entry beside its number: a heading's title, a Teilziel's first words. */
export function formatOutlineTitle(entry: OutlineEntry): string {
  const title = truncateWords(entry.title, entry.kind === 'teilziel' || entry.kind === 'massnahme' ? 6 : 14)
  if (title) return title
  switch (entry.kind) {
    case 'teilziel':
      return '(noch ohne Text)'
    case 'massnahme':
      return entry.number ? '' : '(noch ohne Text)'
    default:
      return '(ohne Titel)'
  }
}
