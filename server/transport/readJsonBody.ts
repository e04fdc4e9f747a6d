import type { Context } from 'hono'
import { UnsupportedMediaTypeError } from '../errors/UnsupportedMediaTypeError'
import { parseJsonObject } from './parseJsonObject'

/**
 * The request body as a JSON object, or a clear 4xx: only `application/json` (a cross-site form cannot send
 * it without a preflight), only valid UTF-8, no nesting deeper than any route needs.
 */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  requireJsonContentType(c)
  return parseJsonObject(await c.req.arrayBuffer())
}

/** Refuses anything but `application/json` with 415. */
export function requireJsonContentType(c: Context): void {
  const contentType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (contentType !== 'application/json') throw new UnsupportedMediaTypeError('Die Anfrage muss JSON sein (Content-Type: application/json).')
}
