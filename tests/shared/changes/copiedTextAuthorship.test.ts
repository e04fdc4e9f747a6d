import { describe, expect, it } from 'vitest'
import { runLedgerSimulation, type LedgerOperation } from '../../utils/ledger/runLedgerSimulation'

/**
 * Text the editor binding copies when it re-creates a block (reordering or moving a Teilziel re-creates its
 * fields, renaming existing elements and writing their text anew) keeps the author who put it into its
 * block. Each case is a shrunk reproduction of the change ledger simulation, checked against its ledger.
 */
describe('authorship of text the binding copied', () => {
  it('Enter at the start of a field renames the element that holds the text; text another session then copies by reordering the Teilziel entered the new block through the split', () => {
    const operations: LedgerOperation[] = [
      { kind: 'enter', who: 0.9679958319757134, a: 0.12994155171327293, b: 0.08893128577619791, c: 0.8606293925549835 },
      { kind: 'reorderUnit', who: 0.5594613244757056, a: 0.18656896287575364, b: 0.02539401361718774, c: 0.19632473937235773 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('text typed by one session and copied by another that moves the Teilziel (renaming the elements it reuses) stays the typist’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'type', who: 0.5209624285344034, a: 0.5633028384763747, b: 0.9365575984120369, c: 0.47442532260902226 },
      { kind: 'moveUnit', who: 0.06202843086794019, a: 0.9486835447605699, b: 0.08801482105627656, c: 0.8462073439732194 },
      { kind: 'deleteAcross', who: 0.1541866494808346, a: 0.4061977514065802, b: 0.10013324348255992, c: 0.36493895296007395 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('text typed after a split and copied when a deletion across blocks re-creates the field stays the typist’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'deleteAcross', who: 0.4022600413300097, a: 0.054547995096072555, b: 0.2833261527121067, c: 0.34685768047347665 },
      { kind: 'type', who: 0.06608763267286122, a: 0.04137407918460667, b: 0.10246737860143185, c: 0.9394490632694215 },
      { kind: 'enter', who: 0.3059074399061501, a: 0.03544017695821822, b: 0.32951582921668887, c: 0.17144451546482742 },
      { kind: 'deleteAcross', who: 0.9796751660760492, a: 0.021807855227962136, b: 0.08442769316025078, c: 0.9948689590673894 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('a split, text typed into the new block, the Teilziel moved by another session and a deletion across blocks: the copied text stays the typist’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'enter', who: 0.8906498940195888, a: 0.9216235412750393, b: 0.21521689044311643, c: 0.19292703154496849 },
      { kind: 'type', who: 0.02605515392497182, a: 0.12828791816718876, b: 0.9841665446292609, c: 0.9217588864266872 },
      { kind: 'moveUnit', who: 0.7826775626745075, a: 0.06599454954266548, b: 0.765042670769617, c: 0.009300077334046364 },
      { kind: 'deleteAcross', who: 0.766548877581954, a: 0.6125632077455521, b: 0.0475894408300519, c: 0.43379250541329384 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('text typed into a list item, a Teilziel deleted by another session and a deletion across blocks that re-creates the list: the copied text stays the typist’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'type', who: 0.8645272189751267, a: 0.9979480106849223, b: 0.11382885067723691, c: 0.2742849523201585 },
      { kind: 'deleteUnit', who: 0.6153899503406137, a: 0.684475909685716, b: 0.20502911414951086, c: 0.29329373873770237 },
      { kind: 'deleteAcross', who: 0.03432621154934168, a: 0.5943602076731622, b: 0.9744380358606577, c: 0.4297837608028203 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })

  it('bold set by one account on text another account’s session then re-creates by reordering its Teilziel, with bold text typed just before it, stays the first account’s', () => {
    const operations: LedgerOperation[] = [
      { kind: 'toggleMark', who: 0.8292901203967631, a: 0.5748988559935242, b: 0.7436923568602651, c: 0.27351520699448884 },
      { kind: 'type', who: 0.28962953411974013, a: 0.5589658450335264, b: 0.1127863044384867, c: 0.20332168391905725 },
      { kind: 'insertMassnahme', who: 0.1302706168498844, a: 0.3567884974181652, b: 0.35488856164738536, c: 0.13844676269218326 },
      { kind: 'reorderUnit', who: 0.16178007517009974, a: 0.2553076681215316, b: 0.30605411622673273, c: 0.2623137750197202 },
    ]
    expect(runLedgerSimulation(operations)).toEqual([])
  })
})
