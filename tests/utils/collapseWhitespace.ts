/** Text with every run of whitespace (line breaks of a PDF or DOCX rendering included) as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
