import { departmentPalette } from './departmentPalette'

/**
 * The colour of a Fachdienst. On the administration's list of Fachdienste (`registry`, in the order they were
 * added) a Fachdienst takes the palette colour of its position, so the first eight never share one; a name not
 * on the list (an older account, a server without the list) falls back to a colour derived from the name.
 */
export function departmentColor(department: string, registry: readonly string[] = []): string {
  const key = normalizeDepartmentName(department)
  const position = registry.findIndex((name) => normalizeDepartmentName(name) === key)
  const index = position >= 0 ? position : hashName(key)
  return departmentPalette[index % departmentPalette.length] ?? departmentPalette[0]
}

function normalizeDepartmentName(name: string): string {
  return name.trim().toLocaleLowerCase('de-DE')
}

// FNV-1a with a MurmurHash3 finaliser: the same name gives the same colour in every session and on the server.
function hashName(name: string): number {
  let hash = 0x811c9dc5
  for (const character of name) {
    hash ^= character.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}
