import os from 'node:os'

/**
 * Raises the calling thread's nice value to `niceness` (never lowers it). Only on Linux, where the nice value
 * belongs to a thread; elsewhere setpriority would slow down the whole process, event loop included.
 */
export function lowerThreadPriority(niceness: number): void {
  if (process.platform !== 'linux') return
  const current = os.getPriority()
  if (niceness > current) os.setPriority(niceness)
}
