/** Transaction origin of an edit the server makes on behalf of a user (accepting a change, an import). */
export class ServerEditOrigin {
  constructor(readonly userId: string) {}
}
