import type { ImportLimits } from '../../shared/import/ImportLimits'
import { checkTextImportSize } from '../../shared/import/checkTextImportSize'
import { InvalidInputError } from '../errors/InvalidInputError'
import { validateTitle } from './validateTitle'

/** Refuses a text import before it is parsed: no text, a bad title, more lines than the limits allow. */
export function checkTextImport(text: unknown, title: string | undefined, limits: ImportLimits): asserts text is string {
  if (typeof text !== 'string' || text.trim().length === 0) throw new InvalidInputError('Die Datei enthält keinen Text.')
  if (title !== undefined) validateTitle(title)
  checkTextImportSize(text, limits)
}
