import fs from 'node:fs'

/** The 1-, 5- and 15-minute load averages, as /proc/loadavg gives them. */
export function readLoadAverage(): string {
  return fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' / ')
}
