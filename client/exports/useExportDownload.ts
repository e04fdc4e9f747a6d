import { useCallback, useEffect, useRef, useState } from 'react'
import { downloadFile } from './downloadFile'
import type { ExportRequest } from './ExportRequest'
import type { ExportState } from './ExportState'
import { exportKindLabels } from './exportKindLabels'
import { exportUrl } from './exportUrl'
import { saveBlob } from './saveBlob'

/**
 * Runs one export at a time: fetches the file with progress, then saves it under the server's file name.
 * Leaving the page cancels a running export.
 */
export function useExportDownload(): { state: ExportState; running: boolean; start: (request: ExportRequest) => void; cancel: () => void } {
  const [state, setState] = useState<ExportState>({ status: 'idle' })
  const controllerRef = useRef<AbortController | null>(null)

  useEffect(() => () => controllerRef.current?.abort(), [])

  const start = useCallback((request: ExportRequest) => {
    if (controllerRef.current) return
    const controller = new AbortController()
    controllerRef.current = controller
    const label = `${exportKindLabels[request.kind]} (${request.format.toUpperCase()})`
    setState({ status: 'creating', label })
    downloadFile(exportUrl(request), {
      fallbackName: `${exportKindLabels[request.kind]}.${request.format}`,
      signal: controller.signal,
      onProgress: (progress) => setState({ status: 'receiving', label, progress }),
    }).then(
      ({ blob, fileName }) => {
        controllerRef.current = null
        saveBlob(blob, fileName)
        setState({ status: 'done', label, fileName })
      },
      (error: unknown) => {
        controllerRef.current = null
        if (controller.signal.aborted) setState({ status: 'cancelled', label })
        else setState({ status: 'error', label, message: error instanceof Error ? error.message : String(error) })
      },
    )
  }, [])

  const cancel = useCallback(() => controllerRef.current?.abort(), [])

  const running = state.status === 'creating' || state.status === 'receiving'
  return { state, running, start, cancel }
}
