import { execFileSync } from 'node:child_process'

/** Pins every thread of a running process to one core (children started afterwards inherit it). */
export function pinProcessToCore(pid: number, core: number): void {
  execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' })
}
