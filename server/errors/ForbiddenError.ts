/** Signed in, but not allowed: HTTP 403. */
export class ForbiddenError extends Error {
  constructor(message = 'Dafür fehlen die Rechte.') {
    super(message)
    this.name = 'ForbiddenError'
  }
}
