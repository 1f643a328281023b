/**
 * Reading a configuration given by a program (any value) into plain JSON
 * data before it is decoded: a getter that throws, a Proxy, a cycle, a
 * structure nested thousands deep or a key the schema does not know
 * becomes a {@link ConfigIssue} at its path instead of an exception from
 * inside the decoder.
 *
 * @since 0.1.0
 */
import { didYouMean } from "./did-you-mean.js"
import type { ConfigIssue } from "./config-error.js"
import { ConfigOverride, LintConfigSchema, RuleSetting } from "./lint-config.js"

/**
 * How deep a configuration may nest. The schema needs five levels (rule
 * options a few more); the copy is recursive, so deeper input is refused
 * before it could overflow the stack.
 */
const MAX_DEPTH = 64

// The allowed keys, from the schemas (never written twice).
const CONFIG_KEYS: ReadonlyArray<string> = Object.keys(LintConfigSchema.fields)
const OVERRIDE_KEYS: ReadonlyArray<string> = Object.keys(ConfigOverride.fields)
const SETTING_KEYS: ReadonlyArray<string> = Object.keys(
  (RuleSetting.members[1] as { readonly fields: Record<string, unknown> }).fields
)

const kindOf = (value: unknown): string => {
  if (value === null) return "null"
  if (typeof value !== "object") return typeof value
  const name = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor
    ?.name
  return typeof name === "string" && name !== "" ? `a ${name}` : "an object"
}

const childPath = (parent: string, key: string | number): string =>
  typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))

/**
 * A copy of `value` made of strings, numbers, booleans, `null`, arrays and
 * prototype-less objects, or the issues that kept it from being copied.
 * `__proto__` is an ordinary (and unknown) key of the copy, never its
 * prototype.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { plainConfig } from "@cchc/rules"
 * plainConfig({ rulez: {} }).issues[0]?.message // "unknown key 'rulez' (did you mean 'rules'?); allowed: $schema, extends, rules, overrides, regime, today"
 * const cyclic: Record<string, unknown> = {}
 * cyclic["rules"] = cyclic
 * plainConfig(cyclic).issues[0] // { path: "rules", message: "refers to itself (a cycle)" }
 * ```
 */
export const plainConfig = (
  value: unknown
): { readonly value: unknown; readonly issues: ReadonlyArray<ConfigIssue> } => {
  const issues: Array<ConfigIssue> = []
  const inside = new Set<object>()

  const copy = (input: unknown, path: string, depth: number): unknown => {
    if (input === null || typeof input === "string" || typeof input === "boolean") return input
    if (typeof input === "number") {
      if (Number.isFinite(input)) return input
      issues.push({ path, message: `${input} is not a JSON number` })
      return undefined
    }
    if (typeof input !== "object") {
      issues.push({ path, message: `must be JSON data, not ${typeof input}` })
      return undefined
    }
    if (inside.has(input)) {
      issues.push({ path, message: "refers to itself (a cycle)" })
      return undefined
    }
    if (depth >= MAX_DEPTH) {
      issues.push({ path, message: `nested deeper than ${MAX_DEPTH} levels` })
      return undefined
    }
    inside.add(input)
    try {
      if (Array.isArray(input)) {
        const out: Array<unknown> = []
        const length = input.length
        for (let i = 0; i < length; i++) out.push(copy(input[i], childPath(path, i), depth + 1))
        return out
      }
      const prototype = Object.getPrototypeOf(input)
      if (prototype !== Object.prototype && prototype !== null) {
        issues.push({ path, message: `must be a plain object, not ${kindOf(input)}` })
        return undefined
      }
      const out: Record<string, unknown> = Object.create(null)
      for (const key of Object.keys(input)) {
        let member: unknown
        try {
          member = (input as Record<string, unknown>)[key]
        } catch (error) {
          issues.push({ path: childPath(path, key), message: `could not be read: ${reason(error)}` })
          continue
        }
        const copied = copy(member, childPath(path, key), depth + 1)
        if (copied !== undefined) out[key] = copied
      }
      return out
    } catch (error) {
      // A Proxy whose traps throw, or a revoked one.
      issues.push({ path: path === "" ? "config" : path, message: `could not be read: ${reason(error)}` })
      return undefined
    } finally {
      inside.delete(input)
    }
  }

  const copied = copy(value, "", 0)
  if (issues.length === 0) checkKeys(copied, issues)
  return { value: copied, issues }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const unknownKeys = (
  value: Record<string, unknown>,
  known: ReadonlyArray<string>,
  path: string,
  issues: Array<ConfigIssue>
): void => {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue
    issues.push({
      path: childPath(path, key),
      message: `unknown key '${key}'${didYouMean(key, known)}; allowed: ${known.join(", ")}`
    })
  }
}

const settingKeys = (rules: unknown, path: string, issues: Array<ConfigIssue>): void => {
  if (!isRecord(rules)) return
  for (const [id, setting] of Object.entries(rules))
    if (isRecord(setting)) unknownKeys(setting, SETTING_KEYS, childPath(path, id), issues)
}

// Keys the schema would drop without a word: a misspelt `rulez` must not
// leave the rules it meant to set unset.
const checkKeys = (config: unknown, issues: Array<ConfigIssue>): void => {
  if (!isRecord(config)) return
  unknownKeys(config, CONFIG_KEYS, "", issues)
  settingKeys(config["rules"], "rules", issues)
  const overrides = config["overrides"]
  if (!Array.isArray(overrides)) return
  overrides.forEach((o: unknown, i) => {
    if (!isRecord(o)) return
    const path = childPath("overrides", i)
    unknownKeys(o, OVERRIDE_KEYS, path, issues)
    settingKeys(o["rules"], childPath(path, "rules"), issues)
  })
}
