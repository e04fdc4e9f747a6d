import fs from 'node:fs'
import os from 'node:os'
import type { MachineInfo } from './MachineInfo'

/** The CPU model from /proc/cpuinfo, the core count, memory, Node version and today's date. */
export function readMachineInfo(): MachineInfo {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8')
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown'
  return {
    cpuModel,
    cores: os.cpus().length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    nodeVersion: process.version,
    kernel: `${os.type()} ${os.release()}`,
    date: new Date().toISOString(),
  }
}
