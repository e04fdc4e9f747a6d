import { ImportLimitError } from '../../shared/import/ImportLimitError'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import type { SerializedJobError } from './serializeJobError'

/**
 * The typed error for what a job threw: errors the user can correct keep their 4xx (a file that is no Word
 * document becomes InvalidInputError, as the route always answered); anything else is a plain Error (500, logged).
 */
export function reviveJobError(serialized: SerializedJobError): Error {
  switch (serialized.name) {
    case 'ImportLimitError':
      return new ImportLimitError(serialized.message)
    case 'DocxImportError':
    case 'InvalidInputError':
      return new InvalidInputError(serialized.message)
    case 'NotFoundError':
      return new NotFoundError(serialized.message)
  }
  const error = new Error(`worker job failed: ${serialized.name}: ${serialized.message}`)
  if (serialized.stack) error.stack = `${error.message}\n(in the worker) ${serialized.stack}`
  return error
}
