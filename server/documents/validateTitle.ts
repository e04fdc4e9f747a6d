import { InvalidInputError } from '../errors/InvalidInputError'

const maxTitleLength = 300

/** A document title, trimmed, or InvalidInputError with a German message. */
export function validateTitle(title: unknown): string {
  if (typeof title !== 'string' || title.trim().length === 0) throw new InvalidInputError('Bitte einen Titel angeben.')
  const trimmed = title.trim()
  if (trimmed.length > maxTitleLength) throw new InvalidInputError(`Der Titel darf höchstens ${maxTitleLength} Zeichen lang sein.`)
  return trimmed
}
