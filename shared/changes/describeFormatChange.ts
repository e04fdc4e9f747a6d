import { markNameOfFormat } from '../schema/validation/getConceptSchemaRules'
import type { FormatChange } from './ChangeModel'
import { markLabels } from './markLabels'

/** "Fett hinzugefügt", "Kursiv entfernt". */
export function describeFormatChange(format: Pick<FormatChange, 'mark' | 'change'>): string {
  const mark = markNameOfFormat(format.mark)
  return `${markLabels[mark] ?? mark} ${format.change === 'added' ? 'hinzugefügt' : 'entfernt'}`
}
