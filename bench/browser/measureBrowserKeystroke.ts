import type * as Y from 'yjs'
import { findXmlText } from '../concept/findXmlText'
import type { BenchClient } from '../load/BenchClient'
import type { ClientTarget } from '../load/ClientTarget'
import { connectClients } from '../load/connectClients'
import { delay } from '../load/delay'
import { now } from '../load/now'
import { summarizeLatencies } from '../stats/summarizeLatencies'
import type { BrowserKeystrokeResult } from './BrowserKeystrokeResult'
import { launchChromium } from './launchChromium'

export interface BrowserKeystrokeOptions {
  baseUrl: string
  token: string
  documentId: string
  clientTarget: ClientTarget
  /** Text of the paragraph to type into. */
  middleMarker: string
  /** Text that is in the editor once the whole document is. */
  endMarker: string
  keystrokes: number
  warmupKeystrokes: number
}

interface Arrival {
  mutationAt: number
  frameAt: number
}

// Page code as a string: tsx compiles functions with esbuild's keepNames helpers, which do not exist in the page.
// benchExpect(text) starts watching the editor for `text`; window.benchArrival then resolves with the Date.now()
// of the first DOM mutation that shows it and of the animation frame after it (null after 10 s).
const pageScript = `
window.benchExpect = function (text) {
  var editor = document.querySelector('.ProseMirror')
  window.benchArrival = new Promise(function (resolve) {
    function contains(node) { return !!node && (node.textContent || '').indexOf(text) >= 0 }
    var observer = new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++) {
        var record = records[i]
        var changed = record.target.nodeType === Node.TEXT_NODE ? record.target.parentElement : record.target
        if (contains(changed) || Array.prototype.some.call(record.addedNodes, contains)) {
          var mutationAt = Date.now()
          observer.disconnect()
          clearTimeout(timer)
          requestAnimationFrame(function () { resolve({ mutationAt: mutationAt, frameAt: Date.now() }) })
          return
        }
      }
    })
    var timer = setTimeout(function () { observer.disconnect(); resolve(null) }, 10000)
    observer.observe(editor, { subtree: true, childList: true, characterData: true })
  })
}
`

const letters = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Our editor in Chromium on the big concept: how long the page takes to show all of it, then how long a
 * remote keystroke (typed by a Node client into a paragraph in the middle) takes to reach the editor's DOM.
 */
export async function measureBrowserKeystroke(options: BrowserKeystrokeOptions): Promise<BrowserKeystrokeResult> {
  const browser = await launchChromium()
  let clients: BenchClient[] = []
  try {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'fassung_session', value: options.token, url: options.baseUrl }])
    const page = await context.newPage()
    const openStarted = Date.now()
    await page.goto(`${options.baseUrl}/d/${encodeURIComponent(options.documentId)}`)
    await page.waitForFunction(`(document.querySelector('.ProseMirror')?.textContent ?? '').includes(${JSON.stringify(options.endMarker)})`, undefined, {
      timeout: 180_000,
      polling: 100,
    })
    const openMilliseconds = Date.now() - openStarted
    await page.evaluate(pageScript)

    clients = await connectClients(options.clientTarget, [options.documentId, options.documentId], { concurrency: 2, timeoutMs: 60_000 })
    const [typer, observer] = clients as [BenchClient, BenchClient]
    const typerText = await waitForText(typer, options.middleMarker)
    const observerText = await waitForText(observer, options.middleMarker)
    const insertAt = typerText.toString().indexOf(options.middleMarker) + options.middleMarker.length

    let nodeSentAt = 0
    let nodeReceivedAt = 0
    observerText.observe(() => (nodeReceivedAt = now()))

    const dom: number[] = []
    const frame: number[] = []
    const node: number[] = []
    let typed = ''
    for (let keystroke = 0; keystroke < options.warmupKeystrokes + options.keystrokes; keystroke++) {
      const letter = letters[keystroke % letters.length]!
      const expected = options.middleMarker + typed + letter
      await page.evaluate(`window.benchExpect(${JSON.stringify(expected)})`)
      const sentAt = Date.now()
      nodeSentAt = now()
      typer.ydoc.transact(() => typerText.insert(insertAt + typed.length, letter))
      typed += letter
      const arrival = (await page.evaluate('window.benchArrival')) as Arrival | null
      if (!arrival) throw new Error(`keystroke ${keystroke} did not reach the editor within 10 s`)
      const nodeDeadline = Date.now() + 5_000
      while (nodeReceivedAt < nodeSentAt && Date.now() < nodeDeadline) await delay(5)
      if (keystroke >= options.warmupKeystrokes) {
        dom.push(arrival.mutationAt - sentAt)
        frame.push(arrival.frameAt - sentAt)
        node.push(nodeReceivedAt - nodeSentAt)
      }
      await delay(200)
    }
    return {
      openMilliseconds,
      domMilliseconds: summarizeLatencies(dom),
      frameMilliseconds: summarizeLatencies(frame),
      nodeReceiptMilliseconds: summarizeLatencies(node),
    }
  } finally {
    for (const client of clients) client.destroy()
    await browser.close()
  }
}

async function waitForText(client: BenchClient, marker: string): Promise<Y.XmlText> {
  const deadline = Date.now() + 60_000
  for (;;) {
    const text = findXmlText(client.ydoc.getXmlFragment('default'), marker)
    if (text) return text
    if (Date.now() > deadline) throw new Error(`no paragraph with "${marker}" arrived`)
    await delay(100)
  }
}
