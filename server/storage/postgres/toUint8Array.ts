/** A BYTEA column's Buffer as a plain Uint8Array over the same bytes. */
export function toUint8Array(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
}
