import type { ChangeBlock } from '../../../shared/changes/ChangeModel'

/** The text of a block and its children, as it read in the older version (insertions left out). */
export function plainTextOf(block: ChangeBlock): string {
  const own = block.runs
    .filter((run) => run.status !== 'inserted')
    .map((run) => run.text)
    .join('')
  return [own, ...block.children.filter((child) => child.status !== 'inserted').map(plainTextOf)].filter(Boolean).join(' ')
}
