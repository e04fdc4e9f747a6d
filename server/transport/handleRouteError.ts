import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AuthenticationError } from '../errors/AuthenticationError'
import { ConflictError } from '../errors/ConflictError'
import { ForbiddenError } from '../errors/ForbiddenError'
import { InvalidInputError } from '../errors/InvalidInputError'
import { NotFoundError } from '../errors/NotFoundError'
import { ServiceUnavailableError } from '../errors/ServiceUnavailableError'
import { TooManyRequestsError } from '../errors/TooManyRequestsError'
import { UnsupportedMediaTypeError } from '../errors/UnsupportedMediaTypeError'
import type { Logger } from '../logging/Logger'
import { UnknownChangeError } from '../../shared/changes/revertChange'
import { ImportLimitError } from '../../shared/import/ImportLimitError'

/** Typed errors become their HTTP status with a German message; anything else is logged and becomes 500. */
export function handleRouteError(error: Error, c: Context, logger: Logger): Response {
  if (error instanceof InvalidInputError) return c.json({ error: error.message }, 400)
  if (error instanceof AuthenticationError) return c.json({ error: error.message }, 401)
  if (error instanceof ForbiddenError) return c.json({ error: error.message }, 403)
  if (error instanceof NotFoundError) return c.json({ error: error.message }, 404)
  if (error instanceof ConflictError) return c.json({ error: error.message }, 409)
  if (error instanceof ImportLimitError) return c.json({ error: error.message }, 413)
  if (error instanceof UnsupportedMediaTypeError) return c.json({ error: error.message }, 415)
  if (error instanceof TooManyRequestsError) return c.json({ error: error.message }, 429, { 'Retry-After': String(error.retryAfterSeconds) })
  if (error instanceof ServiceUnavailableError) return c.json({ error: error.message }, 503, { 'Retry-After': String(error.retryAfterSeconds) })
  if (error instanceof UnknownChangeError) return c.json({ error: 'Diese Änderung gibt es nicht.' }, 404)
  if (error instanceof HTTPException) return c.json({ error: error.message || 'Ungültige Anfrage.' }, error.status)
  logger.error('request failed', { method: c.req.method, path: c.req.path, error })
  return c.json({ error: 'Interner Fehler. Bitte später erneut versuchen.' }, 500)
}
