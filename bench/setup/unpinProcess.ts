import { execFileSync } from 'node:child_process'
import os from 'node:os'

/** Lets every thread of a running process use every core again (threads started afterwards inherit it). */
export function unpinProcess(pid: number): void {
  execFileSync('taskset', ['-a', '-cp', `0-${os.cpus().length - 1}`, String(pid)], { stdio: 'ignore' })
}
