/** An import exceeds one of the ImportLimits; the message is German and meant for the user (HTTP 413). */
export class ImportLimitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportLimitError'
  }
}
