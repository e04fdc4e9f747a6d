/** Input a user can correct; becomes HTTP 400 with this German message. */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidInputError'
  }
}
