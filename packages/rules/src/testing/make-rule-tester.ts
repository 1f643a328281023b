/**
 * The rule tester: a table of valid and invalid cases becomes one test per
 * case in the test framework in use.
 *
 * @since 0.1.0
 */
import type { Rule } from "../rule.js"
import {
  assertInvalidCase,
  assertValidCase,
  type InvalidCase,
  type RuleTesterOptions,
  type ValidCase
} from "./rule-case.js"

/**
 * The two functions of a test framework the tester needs (vitest, jest,
 * mocha and `node:test` all have them).
 *
 * @since 0.1.0
 * @category testing
 */
export interface TestFramework {
  readonly describe: (name: string, body: () => void) => unknown
  readonly test: (name: string, body: () => void) => unknown
}

/**
 * The cases of one rule.
 *
 * @since 0.1.0
 * @category testing
 */
export interface RuleTestCases {
  readonly valid: ReadonlyArray<ValidCase>
  readonly invalid: ReadonlyArray<InvalidCase>
}

/**
 * A tester bound to one rule.
 *
 * @since 0.1.0
 * @category testing
 */
export interface RuleTester {
  readonly run: (cases: RuleTestCases) => void
}

const preview = (text: string): string => {
  const line = text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? ""
  return line.length > 50 ? `${line.slice(0, 50)}…` : line
}

/**
 * Builds a `ruleTester` function on top of a test framework: `framework`
 * is a value, or a function that finds one when `run` is called.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { describe, test } from "vitest"
 * import { makeRuleTester } from "@cchc/rules"
 * const ruleTester = makeRuleTester({ describe, test })
 * ```
 */
export const makeRuleTester =
  (framework: TestFramework | (() => TestFramework)) =>
  (rule: Rule<any>, options: RuleTesterOptions = {}): RuleTester => ({
    run: (cases) => {
      const { describe, test } = typeof framework === "function" ? framework() : framework
      describe(rule.meta.id, () => {
        cases.valid.forEach((c, i) => {
          const name = typeof c === "string" ? undefined : c.name
          const text = typeof c === "string" ? c : c.text
          test(`valid #${i + 1}: ${name ?? preview(text)}`, () => assertValidCase(rule, c, options))
        })
        cases.invalid.forEach((c, i) => {
          test(`invalid #${i + 1}: ${c.name ?? preview(c.text)}`, () => assertInvalidCase(rule, c, options))
        })
      })
    }
  })

const globalFramework = (): TestFramework => {
  const g = globalThis as Record<string, unknown>
  const describe = g["describe"]
  const test = g["test"] ?? g["it"]
  if (typeof describe === "function" && typeof test === "function") return { describe, test } as TestFramework
  throw new Error(
    "ruleTester found no test framework: enable globals in your test runner (vitest `globals: true`, jest, mocha), " +
      "or build one with makeRuleTester({ describe, test })"
  )
}

/**
 * A rule tester that uses the global `describe` and `test` (or `it`) of
 * the test runner. Each valid case must produce no diagnostic from the
 * rule; each invalid case exactly the listed errors (message id, line,
 * column) and, when `output` is given, that text after the safe fixes.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { ruleTester, ALL_RULES } from "@cchc/rules"
 * const endMark = ALL_RULES.find((r) => r.meta.id === "end-mark")!
 * ruleTester(endMark, { today: "2024-06-01" }).run({ valid: [], invalid: [] })
 * ```
 */
export const ruleTester = makeRuleTester(globalFramework)
