import type { DownloadProgress } from './DownloadProgress'

/**
 * Where an export stands: the server renders it (`creating`), the file arrives (`receiving`), it was handed
 * to the browser (`done`), or it failed with a German message. `label` names it, e.g. "Konzept (PDF)".
 */
export type ExportState =
  | { status: 'idle' }
  | { status: 'creating'; label: string }
  | { status: 'receiving'; label: string; progress: DownloadProgress }
  | { status: 'done'; label: string; fileName: string }
  | { status: 'cancelled'; label: string }
  | { status: 'error'; label: string; message: string }
