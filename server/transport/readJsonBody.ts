import type { Context } from 'hono'
import { InvalidInputError } from '../errors/InvalidInputError'

/** The request body as a JSON object, or a clear 400 if it is not one. */
export async function readJsonBody(c: Context): Promise<Record<string, unknown>> {
  let body: unknown
  try {
    body = await c.req.json()
  } catch {
    throw new InvalidInputError('Die Anfrage enthält kein gültiges JSON.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InvalidInputError('Die Anfrage muss ein JSON-Objekt sein.')
  return body as Record<string, unknown>
}
