/** An HTTP response with the time from sending the request to having read the whole body. */
export interface TimedResponse {
  status: number
  body: Buffer
  milliseconds: number
}
