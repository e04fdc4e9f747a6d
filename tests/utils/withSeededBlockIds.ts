import { createSeededRandom } from './createSeededRandom'

/**
 * Runs `run` with `crypto.getRandomValues` (where block ids come from) drawn from a seeded generator, so that a
 * simulation replays exactly: the editor binding compares block ids when it decides what to re-create.
 * Yjs clientIDs do not come from here (lib0 binds its own reference); set them on each `Y.Doc`.
 */
export function withSeededBlockIds<T>(seed: number, run: () => T): T {
  const random = createSeededRandom(seed)
  const crypto = globalThis.crypto
  const ownGetRandomValues = Object.getOwnPropertyDescriptor(crypto, 'getRandomValues')
  Object.defineProperty(crypto, 'getRandomValues', {
    configurable: true,
    value: <A extends ArrayBufferView | null>(array: A): A => {
      if (array instanceof Uint8Array) for (let index = 0; index < array.length; index += 1) array[index] = random.integer(256)
      return array
    },
  })
  try {
    return run()
  } finally {
    if (ownGetRandomValues) Object.defineProperty(crypto, 'getRandomValues', ownGetRandomValues)
    else Reflect.deleteProperty(crypto, 'getRandomValues')
  }
}
