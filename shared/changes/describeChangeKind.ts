import type { ChangeEntry } from './ChangeModel'
import { changeKindLabels } from './changeKindLabels'
import { describeFormatChange } from './describeFormatChange'

/** What a change is, in a few words: "Einfügung", "Reihenfolge geändert", "Fett hinzugefügt". */
export function describeChangeKind(entry: Pick<ChangeEntry, 'kind' | 'format'>): string {
  return entry.kind === 'format' && entry.format ? describeFormatChange(entry.format) : changeKindLabels[entry.kind]
}
