/** The first words of a text, with "…" where it was cut; whitespace collapsed. */
export function truncateWords(text: string, maxWords: number, maxCharacters = 80): string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  let result = words.slice(0, maxWords).join(' ')
  if (result.length > maxCharacters) result = result.slice(0, maxCharacters).replace(/\s+\S*$/, '')
  return result.length < words.join(' ').length ? `${result} …` : result
}
