/**
 * Diagnostics made by hand for the tests of the fix functions: only the
 * fix matters to them, the rest is filled in.
 */
import type { Diagnostic, Fix } from "../diagnostic.js"

const START = { offset: 0, line: 1, column: 1 }

/** A diagnostic of rule `ruleId` carrying `fix`. */
export const fixDiagnostic = (ruleId: string, fix: Fix | null): Diagnostic => ({
  ruleId,
  messageId: "m",
  severity: "error",
  message: ruleId,
  messageEn: null,
  span: { start: START, end: START },
  fix,
  suggestions: []
})

/** A safe fix of one edit: `text` in place of `[start, end)`. */
export const safeFix = (start: number, end: number, text: string): Fix => ({
  tier: "safe",
  description: "",
  edits: [{ start, end, text }]
})
