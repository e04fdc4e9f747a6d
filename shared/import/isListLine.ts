/** Whether a (trimmed) line is a bullet line ("- …", "• …") or an HTML list fragment (`<ul …>…`). */
export function isListLine(line: string): boolean {
  return /^(?:[-–•▪◦]\s|•)/.test(line) || /<\/?(?:ul|ol|li)\b/i.test(line)
}
