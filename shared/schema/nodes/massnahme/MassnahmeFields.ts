import { createLabelledField } from '../labelledField/createLabelledField'
import { massnahmeFieldDefinitions } from './massnahmeFieldDefinitions'

export const MassnahmeFields = massnahmeFieldDefinitions.map((definition) => createLabelledField(definition))
