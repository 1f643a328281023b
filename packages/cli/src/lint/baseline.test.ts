import { describe, expect, test } from "vitest"
import type { FileReport, LintMessage } from "../reporters/lint-report.js"
import { applyBaseline, buildBaseline } from "./baseline.js"

const message = (ruleId: string, fingerprint: string, line = 1): LintMessage => ({
  ruleId,
  messageId: "m",
  severity: "error",
  message: "…",
  messageEn: null,
  line,
  column: 1,
  endLine: line,
  endColumn: 2,
  fix: null,
  suggestions: [],
  source: null,
  fingerprint
})

const report = (messages: Array<LintMessage>): FileReport => ({
  file: "a.txt",
  isDocument: true,
  fixed: false,
  messages
})

describe("baseline", () => {
  const file = "/repo/cchc-baseline.json"

  test("records findings by file, rule and fingerprint, with counts", () => {
    const built = buildBaseline(file, [
      {
        path: "/repo/docs/a.txt",
        report: report([message("x", "f1"), message("x", "f1", 9), message("y", "f2")])
      }
    ])
    expect(built.files).toEqual({
      "docs/a.txt": [
        { ruleId: "x", messageId: "m", fingerprint: "f1", count: 2 },
        { ruleId: "y", messageId: "m", fingerprint: "f2", count: 1 }
      ]
    })
  })

  test("hides recorded findings wherever they moved, and only as many as recorded", () => {
    const baseline = buildBaseline(file, [{ path: "/repo/docs/a.txt", report: report([message("x", "f1")]) }])
    const now = [
      {
        path: "/repo/docs/a.txt",
        report: report([message("x", "f1", 40), message("x", "f1", 41), message("z", "f3")])
      }
    ]
    const applied = applyBaseline(baseline, file, now)
    expect(applied.suppressed).toBe(1)
    expect(applied.reports[0]!.report.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ["x", 41],
      ["z", 1]
    ])
  })

  test("counts findings that are gone, and never hides fatal messages", () => {
    const baseline = buildBaseline(file, [{ path: "/repo/a.txt", report: report([message("x", "f1")]) }])
    const fatal = { ...message("x", "f1"), ruleId: null, fatal: true as const }
    const applied = applyBaseline(baseline, file, [{ path: "/repo/a.txt", report: report([fatal]) }])
    expect(applied.gone).toBe(1)
    expect(applied.reports[0]!.report.messages).toHaveLength(1)
  })
})
