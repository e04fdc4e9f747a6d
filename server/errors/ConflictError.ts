/** The request collides with what exists (a taken user name): HTTP 409. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConflictError'
  }
}
