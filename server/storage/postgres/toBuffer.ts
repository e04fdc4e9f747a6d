/** The same bytes as a Buffer, without copying, for a BYTEA parameter. */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
