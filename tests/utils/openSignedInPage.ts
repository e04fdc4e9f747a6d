import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { TestServer } from './createTestServer'
import type { SignedIn } from './testAccounts'

/** A fresh browser context signed in as `account` through the session cookie, with one page open. */
export async function openSignedInPage(browser: Browser, server: TestServer, account: SignedIn, path = '/'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1400, height: 900 } })
  await context.addCookies([{ name: 'fassung_session', value: account.token, url: server.url }])
  const page = await context.newPage()
  await page.goto(`${server.url}${path}`)
  return { context, page }
}
