/** How much of a file has arrived; `total` is null when the server sent no Content-Length. */
export interface DownloadProgress {
  received: number
  total: number | null
}
