/** German names of the text marks a format change can concern. */
export const markLabels: Record<string, string> = {
  bold: 'Fett',
  italic: 'Kursiv',
  underline: 'Unterstrichen',
  strike: 'Durchgestrichen',
  link: 'Link',
}
