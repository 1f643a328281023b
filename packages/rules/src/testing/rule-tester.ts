/**
 * The rule tester bound to vitest, for the tests of this package: a rule's
 * test file is one table of valid and invalid cases.
 *
 * ```ts
 * import { ruleTester } from "../testing/rule-tester.js"
 * import rule from "./end-mark.js"
 * ruleTester(rule, { today: "2024-06-01" }).run({ valid: [...], invalid: [{ text, errors: [{ messageId: "missing", line: 12 }] }] })
 * ```
 *
 * @since 0.1.0
 */
import { describe, test } from "vitest"
import { makeRuleTester } from "./make-rule-tester.js"

export type { ExpectedError, InvalidCase, RuleTesterOptions, ValidCase } from "./rule-case.js"

/**
 * `ruleTester(rule, { today? }).run({ valid, invalid })` with vitest's
 * `describe` and `test`.
 *
 * @since 0.1.0
 * @category testing
 * @example
 * ```ts
 * import { ruleTester } from "../testing/rule-tester.js"
 * import endMark from "../rules/end-mark.js"
 * ruleTester(endMark).run({ valid: [], invalid: [] })
 * ```
 */
export const ruleTester = makeRuleTester({ describe, test })
