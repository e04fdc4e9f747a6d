/** Whether a comparison with the draft follows the live document: connecting, following, or cut off (with why). */
export type LiveUpdateState = { status: 'off' } | { status: 'connecting' } | { status: 'live' } | { status: 'offline'; reason: string | null }
