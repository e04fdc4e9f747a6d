import { NodeName } from '../../nodeNames'

export const massnahmeFieldDefinitions = [
  { name: NodeName.massnahmeText, label: 'Maßnahme', group: 'massnahmeField' },
  { name: NodeName.massnahmeVerantwortliche, label: 'Verantwortliche', group: 'massnahmeField' },
] as const

export const massnahmeFieldNames: readonly string[] = massnahmeFieldDefinitions.map((field) => field.name)

/** The states a Maßnahme can be in; the empty string means "not stated". */
export const massnahmeStatusValues = ['', 'geplant', 'in Umsetzung', 'umgesetzt', 'zurückgestellt'] as const
export type MassnahmeStatus = (typeof massnahmeStatusValues)[number]
