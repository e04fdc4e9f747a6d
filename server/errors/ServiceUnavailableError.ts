/** The server cannot do this right now (busy, or the work broke off); becomes HTTP 503 with `Retry-After` and this German message. */
export class ServiceUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
    this.name = 'ServiceUnavailableError'
  }
}
