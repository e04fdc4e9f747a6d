/** No valid session, or wrong credentials: HTTP 401. */
export class AuthenticationError extends Error {
  constructor(message = 'Bitte anmelden.') {
    super(message)
    this.name = 'AuthenticationError'
  }
}
