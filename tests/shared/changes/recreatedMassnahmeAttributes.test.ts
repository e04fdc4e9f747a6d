import { describe, expect, it } from 'vitest'
import { runLedgerSimulation, type LedgerOperation } from '../../utils/ledger/runLedgerSimulation'

/**
 * A Maßnahme one account deleted (across blocks) while another account's offline session reordered it: the
 * offline session's update re-creates the Maßnahme with the attributes that session had, and the server
 * records no copy (the old element was already deleted). Shrunk reproductions of the change ledger
 * simulation, checked against its ledger.
 */
describe('attributes of a Maßnahme re-created after it was deleted', () => {
  it('re-created with the status another account had set: the status change stays that account’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'changeAttribute', who: 0.09544076165184379, a: 0.9321295826230198, b: 0.9826213927008212, c: 0.716430322965607 },
      { kind: 'type', who: 0.667487982660532, a: 0.6356572238728404, b: 0.9928717594593763, c: 0.7666199253872037 },
      { kind: 'goOffline', who: 0.6738968056160957, a: 0.2303260148037225, b: 0.2792402827180922, c: 0.9486670265905559 },
      { kind: 'reorderUnit', who: 0.8272096423897892, a: 0.530757011147216, b: 0.982451319694519, c: 0.6238539477344602 },
      { kind: 'deleteAcross', who: 0.19604566879570484, a: 0.856465007411316, b: 0.0809871640522033, c: 0.6254407034721226 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('re-created by a session that never saw the newer status: bringing back the old status is a change by that session', () => {
    const operations: LedgerOperation[] = [
      { kind: 'changeAttribute', who: 0.09544076165184379, a: 0.9321295826230198, b: 0.9826213927008212, c: 0.716430322965607 },
      { kind: 'goOffline', who: 0.6738968056160957, a: 0.2303260148037225, b: 0.2792402827180922, c: 0.9486670265905559 },
      { kind: 'freeze', who: 0.4338521978352219, a: 0.6251209166366607, b: 0.11285847565159202, c: 0.9469751473516226 },
      { kind: 'reorderUnit', who: 0.8272096423897892, a: 0.530757011147216, b: 0.982451319694519, c: 0.6238539477344602 },
      { kind: 'deleteAcross', who: 0.19604566879570484, a: 0.856465007411316, b: 0.0809871640522033, c: 0.6254407034721226 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })
})
