import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { changeKindLabels } from '../../../shared/changes/changeKindLabels'
import { formatAttributeChange } from '../formatAttributeChange'
import { blockTypeLabel } from '../../../shared/changes/blockLabels'
import { ChangeBadge } from './ChangeBadge'

/**
 * The badges of a block: where it was moved from, that it stands at another place among its siblings, which
 * attributes changed and, for a block inserted or
 * deleted as a whole (`withWholeBlock`), that change. Nothing if the block has none of these.
 */
export function ChangeBadges({ block, withWholeBlock }: { block: ChangeBlock; withWholeBlock: boolean }) {
  const whole = withWholeBlock && block.changeId && !block.move && !block.reorder && block.status !== 'unchanged' ? block.changeId : null
  if (!whole && !block.move && !block.reorder && block.attributeChanges.length === 0) return null
  return (
    <span className="change-badges">
      {whole ? (
        <ChangeBadge changeId={whole} author={block.author} kind={block.status === 'inserted' ? 'inserted' : 'deleted'}>
          {`${block.status === 'inserted' ? 'Eingefügt' : 'Gestrichen'}: ${blockTypeLabel(block.type)}${block.author ? ` · ${block.author.department}` : ''}`}
        </ChangeBadge>
      ) : null}
      {block.move ? (
        <ChangeBadge changeId={block.move.changeId} author={block.move.author} kind="move">
          {`Verschoben von ${block.move.from} nach ${block.move.to}`}
        </ChangeBadge>
      ) : null}
      {block.reorder ? (
        <ChangeBadge changeId={block.reorder.changeId} author={block.reorder.author} kind="reorder">
          {`${changeKindLabels.reorder}: Position ${block.reorder.fromIndex + 1} → ${block.reorder.toIndex + 1}`}
        </ChangeBadge>
      ) : null}
      {block.attributeChanges.map((change) => (
        <ChangeBadge key={change.changeId} changeId={change.changeId} author={change.author} kind="attribute">
          {formatAttributeChange(change)}
        </ChangeBadge>
      ))}
    </span>
  )
}
