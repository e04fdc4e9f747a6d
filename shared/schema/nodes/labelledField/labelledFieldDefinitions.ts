import { NodeName } from '../../nodeNames'
import { massnahmeFieldDefinitions } from '../massnahme/massnahmeFieldDefinitions'
import { teilzielFieldDefinitions } from '../teilziel/teilzielFieldDefinitions'
import type { LabelledFieldDefinition } from './createLabelledField'

export const oberzielDefinition: LabelledFieldDefinition = { name: NodeName.oberziel, label: 'Oberziel', group: 'block' }

/** Every labelled field (Teilziel and Maßnahme fields, Oberziel) with its standard label. */
export const labelledFieldDefinitions: readonly LabelledFieldDefinition[] = [...teilzielFieldDefinitions, ...massnahmeFieldDefinitions, oberzielDefinition]

/** The standard label of each labelled field type, used where a document names none of its own. */
export const standardFieldLabels: ReadonlyMap<string, string> = new Map(labelledFieldDefinitions.map((definition) => [definition.name, definition.label]))
