/** The id of the editor toolbar, which Alt+F10 moves the focus to. */
export const toolbarId = 'editor-toolbar'
