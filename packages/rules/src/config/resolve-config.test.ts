import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { ALL_RULES } from "../rules/index.js"
import { ConfigError } from "./config-error.js"
import { lintConfigJsonSchema } from "./lint-config.js"
import { PRESETS } from "./presets.js"
import { resolveConfig, rulesFor } from "./resolve-config.js"

const BC = { name: "Báo cáo", code: "BC" }
const KH = { name: "Kế hoạch", code: "KH" }
const severityOf = (
  config: unknown,
  ruleId: string,
  kind: { name: string; code: string | null } | null = BC
) => {
  const resolved = Result.getOrThrow(resolveConfig(config))
  const { active, off } = rulesFor(resolved, kind)
  if (off.includes(ruleId)) return "off"
  return active.find((a) => a.rule.meta.id === ruleId)?.severity
}
const failure = (config: unknown): ConfigError => {
  const r = resolveConfig(config)
  if (Result.isSuccess(r)) throw new Error("expected a ConfigError")
  return r.failure
}

describe("presets", () => {
  test("recommended is the default and every preset names only known rules", () => {
    const ids = new Set(ALL_RULES.map((r) => r.meta.id))
    for (const preset of Object.values(PRESETS))
      for (const id of Object.keys(preset)) expect(ids.has(id)).toBe(true)
    expect(severityOf(undefined, "national-header")).toBe(PRESETS.recommended["national-header"])
  })
  test("all turns every rule on; strict contains recommended", () => {
    expect(Object.keys(PRESETS.all).sort()).toEqual(ALL_RULES.map((r) => r.meta.id).sort())
    for (const id of Object.keys(PRESETS.recommended)) expect(PRESETS.strict[id]).toBeDefined()
  })
  test("extends: [] starts from nothing", () => {
    expect(severityOf({ extends: [] }, "national-header")).toBe("off")
    expect(severityOf({ extends: [], rules: { "national-header": "info" } }, "national-header")).toBe("info")
  })
})

describe("rule settings", () => {
  test("a severity string overrides the preset", () => {
    expect(severityOf({ rules: { "end-mark": "off" } }, "end-mark")).toBe("off")
    expect(severityOf({ rules: { "end-mark": "error" } }, "end-mark")).toBe("error")
  })
  test("options merge over the rule's defaults and keep the severity", () => {
    const resolved = Result.getOrThrow(
      resolveConfig({ rules: { "report-period": { options: { graceDays: 10 } } } })
    )
    const active = rulesFor(resolved, BC).active.find((a) => a.rule.meta.id === "report-period")!
    expect(active.options).toEqual({ leadDays: 75, graceDays: 10 })
    expect(active.severity).toBe(PRESETS.recommended["report-period"])
  })
  test("overrides apply per document kind, by code or by name", () => {
    const config = {
      overrides: [
        { kinds: ["BC"], rules: { "end-mark": "off" as const } },
        { kinds: ["Kế hoạch"], rules: { "end-mark": "error" as const } }
      ]
    }
    expect(severityOf(config, "end-mark", BC)).toBe("off")
    expect(severityOf(config, "end-mark", KH)).toBe("error")
    expect(severityOf(config, "end-mark", null)).toBe(PRESETS.recommended["end-mark"])
  })
  test("overrides with files apply only when the caller matches them", () => {
    const resolved = Result.getOrThrow(
      resolveConfig({ overrides: [{ files: ["drafts/**"], rules: { "document-number": "off" } }] })
    )
    expect(rulesFor(resolved, BC).off).not.toContain("document-number")
    expect(rulesFor(resolved, BC, { matchFiles: (globs) => globs.includes("drafts/**") }).off).toContain(
      "document-number"
    )
  })
})

describe("errors", () => {
  test("unknown rule ids, in rules and overrides", () => {
    const error = failure({
      rules: { "no-such-rule": "error" },
      overrides: [{ kinds: ["BC"], rules: { "other-rule": "off" } }]
    })
    expect(error._tag).toBe("ConfigError")
    expect(error.issues.map((i) => i.path)).toEqual(["rules.no-such-rule", "overrides[0].rules.other-rule"])
    expect(error.message).toContain("unknown rule id 'no-such-rule'")
  })
  test("a bad severity", () => {
    expect(failure({ rules: { "end-mark": "fatal" } }).message).toContain("config")
  })
  test("options that do not fit the schema", () => {
    const error = failure({ rules: { "report-period": { options: { graceDays: "ten", extra: 1 } } } })
    expect(error.issues).toEqual([
      { path: "rules.report-period.options.graceDays", message: "expected integer, got string" },
      { path: "rules.report-period.options.extra", message: "unknown option" }
    ])
  })
  test("a today that is not a calendar date", () => {
    expect(failure({ today: "2024-02-30" }).issues[0]!.path).toBe("today")
    expect(Result.isFailure(resolveConfig({ today: "yesterday" }))).toBe(true)
  })
  test("an override that names neither kinds nor files", () => {
    expect(failure({ overrides: [{ rules: {} }] }).issues[0]!.path).toBe("overrides[0]")
  })
})

test("the JSON Schema of the configuration names the presets, severities and rule ids", () => {
  const schema = lintConfigJsonSchema() as {
    $schema: string
    $defs: Record<string, { propertyNames?: { enum: Array<string> } }>
  }
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
  expect(schema.$defs["RuleSettings"]?.propertyNames?.enum).toEqual(ALL_RULES.map((r) => r.meta.id))
  const text = JSON.stringify(schema)
  for (const word of ["recommended", "strict", "all", "warning", "overrides", "today"])
    expect(text).toContain(word)
})
