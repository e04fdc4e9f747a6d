import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { indexSectionNumbers, type SectionNumbers } from '../../../shared/changes/indexSectionNumbers'
import { NodeName } from '../../../shared/schema/nodeNames'

export interface BlockIndex {
  /** Blocks by id (for a moved block, the one in the newer place). */
  byId: Map<string, ChangeBlock>
  /** The number of the Handlungsfeld a title belongs to, by the title's block id. */
  titleNumbers: Map<string, { from: string | null; to: string | null }>
  /** The section every block belongs to in each version, by block id. */
  sections: Map<string, SectionNumbers>
}

/** Looks up what Synopse rows leave out: attribute changes of a block, the number of a Handlungsfeld title, the section of a row. */
export function indexBlocks(blocks: readonly ChangeBlock[]): BlockIndex {
  const index: BlockIndex = { byId: new Map(), titleNumbers: new Map(), sections: indexSectionNumbers(blocks) }
  const visit = (list: readonly ChangeBlock[]) => {
    for (const block of list) {
      if (block.id && (block.status !== 'deleted' || !index.byId.has(block.id))) index.byId.set(block.id, block)
      if (block.type === NodeName.handlungsfeld && block.number) {
        const title = block.children.find((child) => child.type === NodeName.handlungsfeldTitel)
        if (title?.id && !index.titleNumbers.has(title.id)) index.titleNumbers.set(title.id, block.number)
      }
      visit(block.children)
    }
  }
  visit(blocks)
  return index
}
