/** Who is on the other end of a connection, as established by the transport before the connection opens. */
export interface ConnectionIdentity {
  userId: string
  name: string
  department: string
  canWrite: boolean
}
