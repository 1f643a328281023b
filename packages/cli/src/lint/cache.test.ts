// Two runs that share a cache file each keep the entries of the other,
// and a damaged entry never reaches the reporters.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, describe, expect, test } from "vitest"
import { isCacheEntry } from "./cache-entry.js"
import { LintCache } from "./cache.js"
import type { FileResult } from "./lint-file.js"

let dir = ""
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const result = (path: string): FileResult => ({
  path,
  isDocument: true,
  messages: [],
  fixed: false,
  crossFile: null
})

describe("LintCache", () => {
  test("concurrent runs merge their entries instead of dropping each other's", async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-cache-"))
    const location = join(dir, "lint.json")
    const first = await LintCache.load(location)
    const second = await LintCache.load(location)
    first.set("/a.txt", "ka", result("/a.txt"))
    second.set("/b.txt", "kb", result("/b.txt"))
    await first.save()
    await second.save()
    const merged = await LintCache.load(location)
    expect(merged.get("/a.txt")?.key).toBe("ka")
    expect(merged.get("/b.txt")?.key).toBe("kb")
  })

  test("a file this run checked again replaces what another run wrote for it", async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-cache-"))
    const location = join(dir, "lint.json")
    const first = await LintCache.load(location)
    const second = await LintCache.load(location)
    first.set("/a.txt", "old", result("/a.txt"))
    await first.save()
    second.set("/a.txt", "new", result("/a.txt"))
    await second.save()
    expect((await LintCache.load(location)).get("/a.txt")?.key).toBe("new")
    second.delete("/a.txt")
    await second.save()
    expect((await LintCache.load(location)).get("/a.txt")).toBeUndefined()
  })

  test("damaged entries are dropped and counted, the others kept", async () => {
    dir = mkdtempSync(join(tmpdir(), "cchc-cache-"))
    const location = join(dir, "lint.json")
    const cache = await LintCache.load(location)
    cache.set("/a.txt", "ka", result("/a.txt"))
    cache.set("/b.txt", "kb", result("/b.txt"))
    await cache.save()
    const content = JSON.parse(readFileSync(location, "utf8"))
    content.entries["/b.txt"].result.messages = [{ line: -1 }]
    writeFileSync(location, JSON.stringify(content))
    const reloaded = await LintCache.load(location)
    expect(reloaded.dropped).toBe(1)
    expect(reloaded.get("/a.txt")?.key).toBe("ka")
    expect(reloaded.get("/b.txt")).toBeUndefined()
  })
})

describe("isCacheEntry", () => {
  const message = {
    ruleId: "end-mark",
    messageId: "missing",
    severity: "warning",
    message: "…",
    messageEn: null,
    line: 3,
    column: 1,
    endLine: 3,
    endColumn: 2,
    fix: { tier: "safe", description: "add", edits: [{ start: 4, end: 4, text: "./." }] },
    suggestions: [],
    source: null,
    fingerprint: "f"
  }
  const entry = (messages: ReadonlyArray<unknown>, path = "/a.txt") => ({
    key: "k",
    result: { ...result(path), messages }
  })

  test("takes a well-formed entry", () => {
    expect(isCacheEntry("/a.txt", entry([message]))).toBe(true)
  })

  test.each([
    ["a result of another file", entry([], "/b.txt")],
    ["a severity that is not one", entry([{ ...message, severity: "fatal" }])],
    ["a line 0", entry([{ ...message, line: 0 }])],
    [
      "a fix edit ending before it starts",
      entry([{ ...message, fix: { ...message.fix, edits: [{ start: 5, end: 2, text: "" }] } }])
    ],
    ["a fix of an unknown tier", entry([{ ...message, fix: { ...message.fix, tier: "unsafe" } }])],
    ["no key", { result: result("/a.txt") }],
    [
      "cross-file data without citations",
      { key: "k", result: { ...result("/a.txt"), crossFile: { document: {}, lines: {} } } }
    ]
  ])("refuses %s", (_, value) => {
    expect(isCacheEntry("/a.txt", value)).toBe(false)
  })
})
