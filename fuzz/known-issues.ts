/**
 * Violations the fuzzer has found whose fix is pending, each with the
 * regression test (in `tests/regressions/`, named by `id`) that fails
 * until it is fixed. The fuzzer counts them instead of stopping, so that
 * it keeps looking for new ones. Remove an entry when its test passes.
 */
import type { KnownIssue } from "./properties.js"

// None open: every violation found so far has been fixed.
export const KNOWN_ISSUES: ReadonlyArray<KnownIssue> = []
