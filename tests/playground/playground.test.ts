// The playground page in headless Chromium (driven by playwright-core):
// pasted text and a chosen file are linted in the page, the safe fixes
// apply, the fixed text downloads, and no request leaves the machine.
// It needs Chromium (`apt-get install chromium`; .ci/run installs it) and
// the built packages; without Chromium it is skipped with a message.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { chromium, type Browser, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, test } from "vitest"

const ROOT = new URL("../../", import.meta.url).pathname
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium"
const HAS_CHROMIUM = existsSync(CHROMIUM)
const PAGE = pathToFileURL(join(ROOT, "examples/playground/dist/index.html")).href
const REPORT = readFileSync(join(ROOT, "examples/documents/bao-cao-cchc-quy-iii-2026.txt"), "utf8")

if (!HAS_CHROMIUM)
  console.warn(`playground tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`)

let browser: Browser
let page: Page
let dir = ""
const requests: Array<string> = []

beforeAll(async () => {
  if (!HAS_CHROMIUM) return
  const built = spawnSync(process.execPath, [join(ROOT, "examples/playground/build.mjs")], {
    encoding: "utf8"
  })
  if (built.status !== 0) throw new Error(built.stderr)
  dir = mkdtempSync(join(tmpdir(), "cchc-playground-"))
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
  })
  const context = await browser.newContext({ acceptDownloads: true })
  page = await context.newPage()
  page.on("request", (request) => requests.push(request.url()))
  const errors: Array<string> = []
  page.on("pageerror", (error) => errors.push(String(error)))
  await page.goto(PAGE)
  await page.waitForSelector('[data-testid="summary"]:not(:empty)')
  expect(errors).toEqual([])
}, 60_000)

afterAll(async () => {
  await browser?.close()
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

describe.skipIf(!HAS_CHROMIUM)("the playground in Chromium", () => {
  test("lints pasted text: one element per finding, with rule id, line and the Vietnamese message", async () => {
    await page.fill('[data-testid="input"]', REPORT)
    const placeDate = page.locator('[data-testid="diagnostic"][data-rule="place-date"]')
    await placeDate.first().waitFor()
    const text = await placeDate.first().textContent()
    expect(text).toContain("10:25 place-date")
    expect(text).toContain("Tháng từ 3 đến 12 không có số 0 ở trước")
    expect(await page.locator('[data-testid="diagnostic"]').count()).toBeGreaterThan(1)
  })

  test("applies the safe fixes and lints the fixed text", async () => {
    await page.click('[data-testid="fix"]')
    expect(await page.inputValue('[data-testid="input"]')).toContain("Tịnh Khê, ngày 25 tháng 9 năm 2026")
    expect(await page.locator('[data-testid="diagnostic"][data-rule="place-date"]').count()).toBe(0)
  })

  test("downloads the fixed text", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click('[data-testid="download"]')
    ])
    const saved = join(dir, download.suggestedFilename())
    await download.saveAs(saved)
    expect(readFileSync(saved, "utf8")).toBe(await page.inputValue('[data-testid="input"]'))
  })

  test("lints a chosen .txt file", async () => {
    const path = join(dir, "ke-hoach.txt")
    writeFileSync(path, REPORT)
    await page.setInputFiles('[data-testid="file"]', path)
    await page.waitForFunction(() => document.querySelector('[data-rule="place-date"]') !== null)
    expect(await page.inputValue('[data-testid="input"]')).toBe(REPORT)
  })

  test("sends no request beyond the page and its script", () => {
    const outside = requests.filter((url) => !url.startsWith("file://") && !url.startsWith("blob:"))
    expect(outside).toEqual([])
    expect(requests.filter((url) => url.startsWith("file://")).length).toBe(2)
  })
})
