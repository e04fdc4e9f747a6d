import type { AttributeChange } from '../../shared/changes/ChangeModel'
import type { MassnahmeStatus } from '../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { massnahmeStatusLabels } from '../editor/nodes/massnahme/massnahmeStatusLabels'
import { attributeLabels } from '../../shared/changes/attributeLabels'

/** "Kürzel S1 → S2", "Status Geplant → In Umsetzung". */
export function formatAttributeChange(change: Pick<AttributeChange, 'key' | 'from' | 'to'>): string {
  return `${attributeLabels[change.key] ?? change.key} ${formatValue(change.key, change.from)} → ${formatValue(change.key, change.to)}`
}

function formatValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–'
  if (key === 'status' && typeof value === 'string' && value in massnahmeStatusLabels) return massnahmeStatusLabels[value as MassnahmeStatus]
  return typeof value === 'string' ? value : JSON.stringify(value)
}
