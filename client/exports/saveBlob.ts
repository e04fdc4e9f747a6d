// Long enough for every browser to have taken the file over; the Blob stays in memory until then.
const revokeDelayMs = 30_000

/** Hands a fetched file to the browser's download handling under `fileName` (an object URL and `<a download>`). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  window.setTimeout(() => URL.revokeObjectURL(url), revokeDelayMs)
}
