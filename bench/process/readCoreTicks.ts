import fs from 'node:fs'

/** Busy and total jiffies of one core since boot. */
export interface CoreTicks {
  busy: number
  total: number
}

/** Per-core busy and total time from /proc/stat (all processes: ours and anything else on the machine). */
export function readCoreTicks(): CoreTicks[] {
  const cores: CoreTicks[] = []
  for (const line of fs.readFileSync('/proc/stat', 'utf8').split('\n')) {
    const match = /^cpu(\d+) (.*)$/.exec(line)
    if (!match) continue
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = match[2]!.trim().split(/\s+/).map(Number)
    const busy = user + nice + system + irq + softirq + steal
    cores[Number(match[1])] = { busy, total: busy + idle + iowait }
  }
  return cores
}
