const debrisPatterns: readonly RegExp[] = [
  // The Mind-Map site's sign-up prompt and its page title line ("X von Mind Map: X").
  /^Jetzt loslegen\.?\s*Gratis!?$/i,
  /^oder registrieren mit (?:Ihrer|deiner) E-Mail-Adresse$/i,
  /\bvon Mind ?Map:/i,
  // Page footers of PDF conversions.
  /^Seite \d+(?: von \d+)?$/i,
]

/** Whether a (trimmed) line is conversion debris rather than text of the concept. */
export function isConversionDebris(line: string): boolean {
  return debrisPatterns.some((pattern) => pattern.test(line))
}
