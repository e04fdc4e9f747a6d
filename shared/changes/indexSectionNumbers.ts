import type { ChangeBlock } from './ChangeModel'
import { NodeName } from '../schema/nodeNames'

/** The section a block belongs to in each version: the derived number of the innermost Handlungsfeld around it. */
export interface SectionNumbers {
  from: string | null
  to: string | null
}

/** Section numbers by block id, for every block with an id; a Handlungsfeld's own number counts for it and its title. */
export function indexSectionNumbers(blocks: readonly ChangeBlock[]): Map<string, SectionNumbers> {
  const numbers = new Map<string, SectionNumbers>()
  const visit = (list: readonly ChangeBlock[], section: SectionNumbers) => {
    for (const block of list) {
      const own = block.type === NodeName.handlungsfeld && block.number ? { from: block.number.from, to: block.number.to } : section
      if (block.id && !numbers.has(block.id)) numbers.set(block.id, own)
      visit(block.children, own)
    }
  }
  visit(blocks, { from: null, to: null })
  return numbers
}
