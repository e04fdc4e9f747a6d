/** The file is not a Word document that can be read; the message is German and meant for the user. */
export class DocxImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DocxImportError'
  }
}
