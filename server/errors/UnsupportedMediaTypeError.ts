/** A request body in a format the route does not take; becomes HTTP 415 with this German message. */
export class UnsupportedMediaTypeError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnsupportedMediaTypeError'
  }
}
