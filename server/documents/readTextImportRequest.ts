import type { ImportLimits } from '../../shared/import/ImportLimits'
import { InvalidInputError } from '../errors/InvalidInputError'
import { parseJsonObject } from '../transport/parseJsonObject'
import { checkTextImport } from './checkTextImport'

/**
 * The body of `POST /api/documents/import`, JSON `{ text, title? }`, checked in the order the route always
 * checked it; runs in a worker thread, where parsing a long concept stalls no one.
 */
export function readTextImportRequest(body: Uint8Array, limits: ImportLimits): { text: string; title?: string } {
  const request = parseJsonObject(body)
  const { text, title } = request
  if (typeof text !== 'string') throw new InvalidInputError('Bitte eine Textdatei (.txt) hochladen.')
  if (title !== undefined && title !== null && typeof title !== 'string') throw new InvalidInputError('Der Titel muss ein Text sein.')
  const givenTitle = typeof title === 'string' && title.trim() ? title : undefined
  checkTextImport(text, givenTitle, limits)
  return { text, ...(givenTitle ? { title: givenTitle } : {}) }
}
