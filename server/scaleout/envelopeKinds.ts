/** The kind tag of a fan-out envelope on the wire. */
export const envelopeKinds = { update: 0, awareness: 1, resync: 2 } as const
