import { NodeName } from '../../shared/schema/nodeNames'
import { massnahmeFieldDefinitions } from '../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldDefinitions } from '../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'

/** The label column of every labelled field (Teilziel and Maßnahme fields, Oberziel), by node type. */
export const fieldLabels: ReadonlyMap<string, string> = new Map<string, string>([
  ...[...teilzielFieldDefinitions, ...massnahmeFieldDefinitions].map((field): [string, string] => [field.name, field.label]),
  [NodeName.oberziel, 'Oberziel'],
])
