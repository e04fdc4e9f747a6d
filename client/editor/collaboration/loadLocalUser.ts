import { departmentPalette } from '../../../shared/departments/departmentPalette'
import type { LocalUser } from './LocalUser'

const storageKey = 'fassung.user'

/**
 * The local user's name and caret colour on a server without accounts, kept in localStorage: "Gast" with
 * a random palette colour on first visit, the same afterwards.
 */
export function loadLocalUser(storage: Storage | null = safeLocalStorage()): LocalUser {
  const stored = readStoredUser(storage)
  if (stored) return stored
  const user: LocalUser = { name: 'Gast', department: '', color: departmentPalette[Math.floor(Math.random() * departmentPalette.length)] ?? departmentPalette[0] }
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
    return { name: name.trim(), department: '', color }
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
