/** Too many attempts in a short time; becomes HTTP 429 with `Retry-After` and this German message. */
export class TooManyRequestsError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message)
    this.name = 'TooManyRequestsError'
  }
}
