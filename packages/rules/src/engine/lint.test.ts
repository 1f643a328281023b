import * as Effect from "effect/Effect"
import { encodeLegacyText, parseDocument } from "@cchc/core"
import { describe, expect, test } from "vitest"
import { ALL_RULES } from "../rules/index.js"
import { defineRule } from "../rule.js"
import { SAMPLE_REPORT } from "../testing/sample-documents.js"
import { lint, lintDocument, lintDocumentEffect, lintEffect } from "./lint.js"
import { runRules } from "./run-rules.js"

const WEB_PAGE =
  "Trang chủ | Liên kết\nLượt xem: 1.024\nCỡ chữ: A- A A+\n\nBài viết về cải cách hành chính.\nNội dung bài viết."

describe("lint", () => {
  test("a well-formed report has no diagnostic from the layout rules", () => {
    const result = lint(SAMPLE_REPORT, { today: "2024-06-01" })
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([])
    expect(result.document.kind?.code).toBe("BC")
  })
  test("diagnostics carry spans, messages in Vietnamese and English, and are in text order", () => {
    const text = SAMPLE_REPORT.replace("Nơi nhận:", "Noi nhận").replace(
      "tháng 3 năm 2024",
      "tháng 03 năm 2024"
    )
    const result = lint(text, { today: "2024-06-01" })
    const ids = result.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)
    expect(ids).toEqual(["place-date/monthPadded", "recipients/label"])
    const label = result.diagnostics[1]!
    expect(label.span.start).toEqual({ offset: text.indexOf("Noi nhận"), line: 27, column: 1 })
    expect(label.message).toContain("Nơi nhận:")
    expect(label.messageEn).toContain("Nơi nhận:")
    expect(label.fix?.tier).toBe("safe")
  })
  test("a web page gets one error and every other rule is listed as skipped", () => {
    const result = lint(WEB_PAGE, { extends: "all" })
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(["not-a-document"])
    const skipped = result.skipped.filter((s) => s.reason === "not a document")
    expect(skipped.length).toBe(Object.keys(result.skipped).length)
    expect(skipped.some((s) => s.ruleId === "national-header")).toBe(true)
  })
  test("a text in a legacy encoding gets one error and every other rule is listed as skipped", () => {
    const tcvn3 = encodeLegacyText(SAMPLE_REPORT, "tcvn3")
    const result = lint(tcvn3, { extends: "all", today: "2024-06-01" })
    expect(result.diagnostics.map((d) => `${d.ruleId}/${d.messageId}`)).toEqual([
      "legacy-encoding/legacyEncoding"
    ])
    expect(result.diagnostics[0]!.message).toMatch(/TCVN3 \(ABC\) \(độ tin cậy 0,\d\d;/u)
    expect(result.skipped.length).toBe(ALL_RULES.length - 1)
    expect(
      result.skipped.every((s) => s.reason === "the text is in the legacy TCVN3 encoding, not Unicode")
    ).toBe(true)
    // Turned off, it no longer silences the others.
    const off = lint(tcvn3, { extends: "all", today: "2024-06-01", rules: { "legacy-encoding": "off" } })
    expect(off.diagnostics.length).toBeGreaterThan(0)
    expect(off.diagnostics.some((d) => d.ruleId === "legacy-encoding")).toBe(false)
  })
  test("rules that could not judge or were turned off are listed", () => {
    const result = lint("BÁO CÁO\nCông tác tuyên truyền\n\n1. Kết quả\nNội dung./.", {
      rules: { "end-mark": "off" },
      today: "2024-06-01"
    })
    expect(result.skipped).toContainEqual({
      ruleId: "end-mark",
      skip: "off",
      reason: "turned off in the configuration"
    })
    expect(result.skipped.find((s) => s.ruleId === "signing-authority")?.skip).toBe("not-evaluable")
    expect(result.skipped.find((s) => s.ruleId === "kinh-gui")).toBeUndefined()
  })
  test("a report may lower its severity but never raise it", () => {
    const draft = SAMPLE_REPORT.replace("Số: 05/BC-SNV", "Số: /BC-SNV")
    expect(
      lint(draft, { today: "2024-06-01" }).diagnostics.find((d) => d.messageId === "draft")?.severity
    ).toBe("warning")
    expect(
      lint(draft, { today: "2024-06-01", rules: { "document-number": "info" } }).diagnostics.find(
        (d) => d.messageId === "draft"
      )?.severity
    ).toBe("info")
  })
  test("config.today decides what is in the future", () => {
    expect(lint(SAMPLE_REPORT, { today: "2024-03-04" }).diagnostics.map((d) => d.messageId)).toContain(
      "future"
    )
    expect(lint(SAMPLE_REPORT, { today: "2024-03-05" }).diagnostics.map((d) => d.messageId)).not.toContain(
      "future"
    )
  })
  test("a bad configuration throws a ConfigError; the Effect variants fail with it", () => {
    expect(() => lint("x", { rules: { nope: "error" } } as never)).toThrow(/unknown rule id 'nope'/)
    const error = Effect.runSync(Effect.flip(lintEffect("x", { rules: { nope: "error" } })))
    expect(error._tag).toBe("ConfigError")
    const ok = Effect.runSync(
      lintDocumentEffect(parseDocument(SAMPLE_REPORT), SAMPLE_REPORT, { today: "2024-06-01" })
    )
    expect(ok).toEqual(lintDocument(parseDocument(SAMPLE_REPORT), SAMPLE_REPORT, { today: "2024-06-01" }))
  })
})

describe("runRules", () => {
  const throwing = defineRule({
    meta: {
      id: "throws",
      description: "",
      category: "document",
      appliesTo: "all",
      regimes: ["state"],
      source: "test",
      presets: {},
      fixable: "none",
      messages: {},
      defaultOptions: {},
      optionsSchema: {},
      examples: { valid: [], invalid: [] }
    },
    check: () => {
      throw new Error("boom")
    }
  })
  const onlyPlans = defineRule({
    ...throwing,
    meta: { ...throwing.meta, id: "plans", appliesTo: ["KH"] },
    check: () => undefined
  })

  test("a rule that throws is listed as not evaluable and the others still run", () => {
    const document = parseDocument(SAMPLE_REPORT)
    const result = runRules({
      document,
      text: SAMPLE_REPORT,
      rules: [{ rule: throwing, severity: "error", options: {} }],
      today: "2024-06-01"
    })
    expect(result.skipped).toEqual([
      { ruleId: "throws", skip: "not-evaluable", reason: "internal error: boom" }
    ])
  })
  test("a rule for other kinds is not applicable", () => {
    const document = parseDocument(SAMPLE_REPORT)
    const result = runRules({
      document,
      text: SAMPLE_REPORT,
      rules: [{ rule: onlyPlans, severity: "error", options: {} }],
      today: "2024-06-01"
    })
    expect(result.skipped).toEqual([
      { ruleId: "plans", skip: "not-applicable", reason: "applies to KH, not Báo cáo" }
    ])
  })
})

describe("rules of one's own", () => {
  const noDraft = defineRule({
    meta: {
      id: "local/no-draft-word",
      description: "The word DỰ THẢO does not stay in an issued document.",
      category: "content",
      appliesTo: "all",
      regimes: ["state"],
      source: "local rule",
      presets: { recommended: "warning" },
      fixable: "none",
      messages: {
        found: { vi: 'Xóa chữ "DỰ THẢO" trước khi phát hành.', en: 'Remove "DỰ THẢO" before issuing.' }
      },
      defaultOptions: {},
      optionsSchema: { type: "object", additionalProperties: false },
      examples: { valid: [], invalid: [] }
    },
    check: (context) => {
      const at = context.text.indexOf("DỰ THẢO")
      if (at !== -1) context.report({ messageId: "found", span: context.span(at, at + 7) })
    }
  })
  const text = `DỰ THẢO\n${SAMPLE_REPORT}`

  test("run with the pack through options.rules and set in the configuration", () => {
    const rules = [...ALL_RULES, noDraft]
    const found = lint(text, { today: "2024-06-01" }, { rules }).diagnostics.filter(
      (d) => d.ruleId === "local/no-draft-word"
    )
    expect(found.map((d) => [d.severity, d.span.start.line])).toEqual([["warning", 1]])
    const off = lint(text, { today: "2024-06-01", rules: { "local/no-draft-word": "off" } }, { rules })
    expect(off.diagnostics.some((d) => d.ruleId === "local/no-draft-word")).toBe(false)
  })
  test("unknown to a configuration that does not list it", () => {
    expect(() => lint(text, { rules: { "local/no-draft-word": "error" } })).toThrow(/unknown rule id/)
  })
})
