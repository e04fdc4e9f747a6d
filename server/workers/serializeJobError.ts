/** An error as it crosses from a worker thread: its name decides which typed error it becomes again. */
export interface SerializedJobError {
  name: string
  message: string
  stack?: string
}

export function serializeJobError(error: unknown): SerializedJobError {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
  return { name: 'Error', message: String(error) }
}
