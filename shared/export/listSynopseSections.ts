import type { ChangeBlock } from '../changes/ChangeModel'
import { NodeName } from '../schema/nodeNames'

export interface SynopseSection {
  /** The Handlungsfeld's number in the newer version (the older one for a removed Handlungsfeld). */
  number: string
  title: string
  depth: number
}

/** The Handlungsfelder of a comparison, nested ones too, in document order: what a Synopse can be restricted to. */
export function listSynopseSections(blocks: readonly ChangeBlock[]): SynopseSection[] {
  const sections: SynopseSection[] = []
  const visit = (list: readonly ChangeBlock[], depth: number) => {
    for (const block of list) {
      if (block.type !== NodeName.handlungsfeld) {
        visit(block.children, depth)
        continue
      }
      const number = block.number?.to ?? block.number?.from ?? null
      const title = block.children.find((child) => child.type === NodeName.handlungsfeldTitel)
      if (number) sections.push({ number, title: title ? title.runs.filter((run) => run.status !== 'deleted').map((run) => run.text).join('') : '', depth })
      visit(block.children, depth + 1)
    }
  }
  visit(blocks, 0)
  return sections
}
