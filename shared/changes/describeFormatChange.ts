import type { FormatChange } from './ChangeModel'
import { markLabels } from './markLabels'

// The editor binding stores marks that may overlap as `<mark>--<hash>`.
const hashedMarkName = /^(.*)--[a-zA-Z0-9+/=]{8}$/

/** "Fett hinzugefügt", "Kursiv entfernt". */
export function describeFormatChange(format: Pick<FormatChange, 'mark' | 'change'>): string {
  const mark = hashedMarkName.exec(format.mark)?.[1] ?? format.mark
  return `${markLabels[mark] ?? mark} ${format.change === 'added' ? 'hinzugefügt' : 'entfernt'}`
}
