/** The addressed thing does not exist (or may not be seen): HTTP 404. */
export class NotFoundError extends Error {
  constructor(message = 'Nicht gefunden.') {
    super(message)
    this.name = 'NotFoundError'
  }
}
