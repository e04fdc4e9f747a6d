import { InvalidInputError } from '../errors/InvalidInputError'

const maxNestingDepth = 32

/**
 * A request body as a JSON object, or InvalidInputError with a German message: only valid UTF-8, no nesting
 * deeper than any route needs. Pure, so that a worker thread can parse a large body too.
 */
export function parseJsonObject(bytes: Uint8Array | ArrayBuffer): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes))
  } catch {
    throw new InvalidInputError('Die Anfrage enthält kein gültiges JSON.')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new InvalidInputError('Die Anfrage muss ein JSON-Objekt sein.')
  if (exceedsDepth(body, maxNestingDepth)) throw new InvalidInputError(`Die Anfrage ist zu tief verschachtelt (höchstens ${maxNestingDepth} Ebenen).`)
  return body as Record<string, unknown>
}

function exceedsDepth(root: object, limit: number): boolean {
  // Iterative, so that the check itself cannot overflow the stack.
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!
    if (typeof value !== 'object' || value === null) continue
    if (depth > limit) return true
    for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1])
  }
  return false
}
