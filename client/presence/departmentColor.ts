import { departmentPalette } from './departmentPalette'

/**
 * The colour of a department: the same on every screen and in every session, because it is derived from
 * the department's name (FNV-1a with a MurmurHash3 finaliser, into `departmentPalette`), not stored anywhere.
 */
export function departmentColor(department: string): string {
  let hash = 0x811c9dc5
  for (const character of department.trim().toLocaleLowerCase('de-DE')) {
    hash ^= character.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return departmentPalette[(hash >>> 0) % departmentPalette.length] ?? departmentPalette[0]
}
