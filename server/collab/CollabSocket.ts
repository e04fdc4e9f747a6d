/** What the collaboration core needs of a socket; the transport adapts its websocket library to it. */
export interface CollabSocket {
  send(message: Uint8Array): void
  close(code: number, reason: string): void
  /** Sends a liveness probe; the transport reports the answer through `ClientConnection.handlePong`. */
  ping(): void
  /** Bytes handed to `send` that the peer has not taken yet. */
  bufferedBytes(): number
}
