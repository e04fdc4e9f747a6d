/** Attributes of the editable element: its accessible name and the hooks tests and the skip link use. */
export const editorAttributes: Record<string, string> = {
  id: 'konzepttext',
  class: 'concept-editor',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': 'Konzepttext',
  'data-testid': 'editor',
  spellcheck: 'true',
}
