/** One fan-out latency scenario: documents, clients in each, and how many of those type. */
export interface FanOutScenario {
  name: string
  documents: number
  clientsPerDocument: number
  typersPerDocument: number
}
