import type { CloseCodeValue } from '../../shared/collab/closeCodes'

/** A client broke the protocol; the connection is closed with `closeCode`, nothing else is affected. */
export class ProtocolError extends Error {
  constructor(
    readonly closeCode: CloseCodeValue,
    message: string,
  ) {
    super(message)
    this.name = 'ProtocolError'
  }
}
