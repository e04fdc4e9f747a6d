import { NodeName } from '../schema/nodeNames'
import type { ConceptFormat } from './ImportSummary'
import { matchConceptLabel } from './matchConceptLabel'
import { matchOutlineItem } from './matchOutlineItem'

/**
 * Which importer fits the text: 'teilziel-blocks' when it has Teilziel tables (a "Teilziel" label and at
 * least one other field label) or Oberziel labels, 'outline' when most lines are dotted outline numbers
 * ("2.1.1. …"), 'plain' otherwise.
 */
export function detectConceptFormat(lines: readonly string[]): ConceptFormat {
  let nonBlank = 0
  let outlineItems = 0
  let teilzielLabels = 0
  let fieldLabels = 0
  let oberzielLabels = 0
  for (const line of lines) {
    const trimmed = line.trim()
    if (!trimmed) continue
    nonBlank += 1
    if (matchOutlineItem(trimmed)) outlineItems += 1
    const label = matchConceptLabel(trimmed)
    if (label?.label === NodeName.teilzielZiel) teilzielLabels += 1
    else if (label?.label === NodeName.oberziel) oberzielLabels += 1
    else if (label) fieldLabels += 1
  }
  if ((teilzielLabels > 0 && fieldLabels > 0) || oberzielLabels > 0) return 'teilziel-blocks'
  if (outlineItems >= 3 && outlineItems >= nonBlank * 0.6) return 'outline'
  return 'plain'
}
