/** The kind tag of a fan-out envelope on the wire. */
export const envelopeKinds = { update: 0, awareness: 1, resync: 2, recheck: 3 } as const

/** What a recheck envelope's scope names, on the wire. */
export const recheckScopeKinds = { user: 0, document: 1, all: 2 } as const
