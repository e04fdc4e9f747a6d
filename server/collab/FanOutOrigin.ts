/** Transaction origin of updates another instance accepted and stored: they are passed on, never stored or published again. */
export class FanOutOrigin {}
