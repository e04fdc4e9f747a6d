/** Fired on `window` when the read-only editor drops what a reviewer typed, pasted or dropped. */
export const readOnlyInputEvent = 'fassung:read-only-input'

export function reportReadOnlyInput(): void {
  window.dispatchEvent(new Event(readOnlyInputEvent))
}
