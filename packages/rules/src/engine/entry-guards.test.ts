// What the public entry points do with input a type checker would have
// refused: a documented error with a readable message, never a TypeError
// from inside the parser or Effect's "Result adapter can only return
// schema issues".
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { ConfigError } from "../config/config-error.js"
import { plainConfig } from "../config/plain-config.js"
import { resolveConfig } from "../config/resolve-config.js"
import { LintInputError } from "./lint-input-error.js"
import { lint, lintDocument, lintEffect } from "./lint.js"

const configIssues = (config: unknown): ReadonlyArray<{ path: string; message: string }> => {
  const resolved = resolveConfig(config)
  if (Result.isSuccess(resolved)) throw new Error("expected a ConfigError")
  expect(resolved.failure).toBeInstanceOf(ConfigError)
  return resolved.failure.issues
}

describe("lint on a value that is not a text", () => {
  test.each([
    [42, "a number"],
    [null, "null"],
    [undefined, "undefined"],
    [Buffer.from("Số: 05/BC-UBND"), "a Buffer"],
    [["Số"], "an array"]
  ])("lint(%o) throws a LintInputError naming %s", (value, received) => {
    expect(() => lint(value as never)).toThrow(LintInputError)
    expect(() => lint(value as never)).toThrow(`the text to lint must be a string, not ${received}`)
  })

  test("lintEffect fails with it instead of throwing", () => {
    const failure = Effect.runSync(Effect.flip(lintEffect(7 as never)))
    expect(failure._tag).toBe("LintInputError")
  })

  test("lintDocument refuses a text where the document goes", () => {
    expect(() => lintDocument("Số: 05/BC-UBND" as never, "Số: 05/BC-UBND")).toThrow(
      "the document to lint must be what parseDocument returns, not a string"
    )
  })
})

describe("a configuration that cannot be read as JSON data", () => {
  test("a getter that throws is an issue at its path", () => {
    const config = {
      get rules(): never {
        throw new Error("boom")
      }
    }
    expect(configIssues(config)).toEqual([{ path: "rules", message: "could not be read: boom" }])
    expect(() => lint("x", config as never)).toThrow(ConfigError)
  })

  test("a Proxy whose traps throw is an issue, not an exception", () => {
    const config = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys here")
        }
      }
    )
    expect(configIssues(config)).toEqual([{ path: "config", message: "could not be read: no keys here" }])
  })

  test("a Proxy that reads like a plain object is read through", () => {
    const config = new Proxy({ rules: { "end-mark": "off" } }, {})
    expect(Result.isSuccess(resolveConfig(config))).toBe(true)
  })

  test("a cycle is named where it closes", () => {
    const rules: Record<string, unknown> = {}
    rules["end-mark"] = { severity: "off", options: { again: rules } }
    expect(configIssues({ rules })).toEqual([
      { path: "rules.end-mark.options.again", message: "refers to itself (a cycle)" }
    ])
  })

  test("a configuration 20,000 deep stops at 64 levels", () => {
    let deep: unknown = {}
    for (let i = 0; i < 20_000; i++) deep = { a: deep }
    const [issue] = configIssues({ rules: { "end-mark": { options: deep } } })
    expect(issue?.message).toBe("nested deeper than 64 levels")
  })

  test("a Map or a function is not JSON data", () => {
    expect(configIssues({ rules: new Map() })).toEqual([
      { path: "rules", message: "must be a plain object, not a Map" }
    ])
    expect(configIssues({ today: () => "2024-01-01" })).toEqual([
      { path: "today", message: "must be JSON data, not function" }
    ])
  })
})

describe("keys the schema does not know", () => {
  test("an unknown top-level key is an error with the closest known key", () => {
    expect(configIssues({ rulez: { "end-mark": "off" } })).toEqual([
      {
        path: "rulez",
        message:
          "unknown key 'rulez' (did you mean 'rules'?); allowed: $schema, extends, rules, overrides, regime, today"
      }
    ])
  })

  test("in an override and in a rule setting", () => {
    const issues = configIssues({
      rules: { "end-mark": { severty: "off" } },
      overrides: [{ kinds: ["BC"], rule: {} }]
    })
    expect(issues.map((i) => i.path)).toEqual(["rules.end-mark.severty", "overrides[0].rule"])
    expect(issues[0]?.message).toContain("(did you mean 'severity'?)")
    expect(issues[1]?.message).toContain("(did you mean 'rules'?)")
  })

  test("__proto__ (from JSON.parse) is an unknown key, not a prototype", () => {
    const config = JSON.parse('{ "__proto__": { "extends": [] } }')
    expect(configIssues(config).map((i) => i.path)).toEqual(["__proto__"])
    expect(plainConfig(config).value).not.toHaveProperty("extends")
  })

  test("an unknown rule id says which one was meant", () => {
    expect(configIssues({ rules: { "end-marks": "off" } })[0]?.message).toBe(
      "unknown rule id 'end-marks' (did you mean 'end-mark'?)"
    )
  })

  test("a correct configuration still resolves", () => {
    const config = { extends: "strict", rules: { "end-mark": { severity: "warning" } }, today: "2024-01-01" }
    expect(Result.isSuccess(resolveConfig(config))).toBe(true)
  })
})
