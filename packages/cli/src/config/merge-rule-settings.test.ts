import { describe, expect, test } from "vitest"
import { mergeRuleSetting, mergeRuleSettings } from "./merge-rule-settings.js"

describe("mergeRuleSetting", () => {
  test("a later severity replaces the severity and keeps the options", () => {
    expect(mergeRuleSetting({ severity: "error", options: { a: 1 } }, "warning")).toEqual({
      severity: "warning",
      options: { a: 1 }
    })
    expect(mergeRuleSetting("error", "off")).toBe("off")
  })

  test("options merge key by key", () => {
    expect(mergeRuleSetting({ options: { a: 1, b: 1 } }, { options: { b: 2 } })).toEqual({
      options: { a: 1, b: 2 }
    })
  })

  test("options alone keep an enabled rule's severity, and leave an off rule to its default", () => {
    expect(mergeRuleSetting("warning", { options: { b: 2 } })).toEqual({
      severity: "warning",
      options: { b: 2 }
    })
    expect(mergeRuleSetting("off", { options: { b: 2 } })).toEqual({ options: { b: 2 } })
  })

  test("layers fold in order", () => {
    expect(
      mergeRuleSettings([{ x: "error", y: "warning" }, { x: "off" }, { y: { options: { n: 1 } } }])
    ).toEqual({
      x: "off",
      y: { severity: "warning", options: { n: 1 } }
    })
  })
})
