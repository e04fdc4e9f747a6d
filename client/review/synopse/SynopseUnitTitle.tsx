import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import type { SynopseCell } from '../../../shared/changes/buildSynopseRows'
import { NodeName } from '../../../shared/schema/nodeNames'
import { labelledFieldLabel } from '../../../shared/schema/nodes/labelledField/labelledFieldLabel'
import type { MassnahmeStatus } from '../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { massnahmeStatusLabels } from '../../editor/nodes/massnahme/massnahmeStatusLabels'
import { ChangeMark } from '../inline/ChangeMark'

const massnahmeFacts = ['code', 'zeitraum', 'status'] as const

/**
 * The title line of a unit in the Synopse: "Teilziel", "Oberziel", or "Maßnahme S1 · 2025–2026 · Geplant"
 * with this side's values; a changed value is struck through on the left and underlined on the right.
 */
export function SynopseUnitTitle({ cell, side, block }: { cell: SynopseCell; side: 'left' | 'right'; block: ChangeBlock | undefined }) {
  if (cell.type === NodeName.teilziel) return <p className="synopse-unit-title">Teilziel</p>
  if (cell.type === NodeName.oberziel) return <p className="synopse-unit-title">{labelledFieldLabel(cell.type, cell.attributes)}</p>
  if (cell.type !== NodeName.massnahme) return null
  const facts = massnahmeFacts.flatMap((key) => {
    const change = block?.attributeChanges.find((candidate) => candidate.key === key)
    const value = change ? (side === 'left' ? change.from : change.to) : cell.attributes[key]
    const text = typeof value === 'string' ? (key === 'status' && value in massnahmeStatusLabels ? massnahmeStatusLabels[value as MassnahmeStatus] : value) : ''
    if (!text) return []
    return [
      change ? (
        <ChangeMark key={key} status={side === 'left' ? 'deleted' : 'inserted'} author={change.author}>
          {text}
        </ChangeMark>
      ) : (
        <span key={key}>{text}</span>
      ),
    ]
  })
  return (
    <p className="synopse-unit-title">
      Maßnahme
      {facts.map((fact, index) => (
        <span key={index}>
          {index === 0 ? ' ' : ' · '}
          {fact}
        </span>
      ))}
    </p>
  )
}
