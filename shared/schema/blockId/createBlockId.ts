const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A random, URL-safe block id (12 characters, about 62 bits). */
export function createBlockId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12))
  let id = ''
  for (const byte of bytes) id += alphabet[byte % alphabet.length]
  return id
}
