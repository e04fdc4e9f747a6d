import type { FanOutScenario } from './FanOutScenario'

/** 10–20 % of the clients type; with 150 clients more typers would make the load generator's core the bottleneck. */
export const fanOutScenarios: readonly FanOutScenario[] = [
  { name: '50 clients, 1 document', documents: 1, clientsPerDocument: 50, typersPerDocument: 10 },
  { name: '100 clients, 1 document', documents: 1, clientsPerDocument: 100, typersPerDocument: 15 },
  { name: '150 clients, 1 document', documents: 1, clientsPerDocument: 150, typersPerDocument: 15 },
  { name: '20 documents × 20 clients', documents: 20, clientsPerDocument: 20, typersPerDocument: 2 },
]
