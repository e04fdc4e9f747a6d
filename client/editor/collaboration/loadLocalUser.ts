import { caretColors } from './caretColors'
import type { LocalUser } from './LocalUser'

const storageKey = 'fassung.user'

/**
 * The local user's name and caret colour, kept in localStorage until accounts exist: "Gast" with a
 * random colour on first visit, the same afterwards.
 */
export function loadLocalUser(storage: Storage | null = safeLocalStorage()): LocalUser {
  const stored = readStoredUser(storage)
  if (stored) return stored
  const user: LocalUser = { name: 'Gast', color: caretColors[Math.floor(Math.random() * caretColors.length)] ?? caretColors[0] }
  try {
    storage?.setItem(storageKey, JSON.stringify(user))
  } catch {
    // A full or disabled storage only costs the colour its stability across visits.
  }
  return user
}

function readStoredUser(storage: Storage | null): LocalUser | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null')
    if (typeof parsed !== 'object' || parsed === null) return null
    const { name, color } = parsed as Record<string, unknown>
    if (typeof name !== 'string' || !name.trim() || typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return null
    return { name: name.trim(), color }
  } catch {
    return null
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
