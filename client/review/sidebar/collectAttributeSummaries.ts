import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { formatAttributeChange } from '../formatAttributeChange'

/** "Kürzel S1 → S2" for every attribute change of the model, by change id (the model's own summary names the raw key). */
export function collectAttributeSummaries(blocks: readonly ChangeBlock[]): Map<string, string> {
  const summaries = new Map<string, string>()
  const visit = (list: readonly ChangeBlock[]) => {
    for (const block of list) {
      for (const change of block.attributeChanges) summaries.set(change.changeId, formatAttributeChange(change))
      visit(block.children)
    }
  }
  visit(blocks)
  return summaries
}
