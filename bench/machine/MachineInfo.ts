/** What the results were measured on. */
export interface MachineInfo {
  cpuModel: string
  cores: number
  memoryGiB: number
  nodeVersion: string
  kernel: string
  date: string
}
