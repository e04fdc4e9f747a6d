import { createLabelledField } from '../labelledField/createLabelledField'
import { teilzielFieldDefinitions } from './teilzielFieldDefinitions'

export const TeilzielFields = teilzielFieldDefinitions.map((definition) => createLabelledField(definition))
