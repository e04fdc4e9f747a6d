import { NodeName } from '../../../shared/schema/nodeNames'
import { massnahmeFieldNames } from '../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { teilzielFieldNames } from '../../../shared/schema/nodes/teilziel/teilzielFieldDefinitions'

/** The labelled fields that Tab and Shift+Tab move between. */
export const fieldNodeNames: ReadonlySet<string> = new Set([
  ...teilzielFieldNames,
  ...massnahmeFieldNames,
  NodeName.oberziel,
  NodeName.handlungsfeldTitel,
])
