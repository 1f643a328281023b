/**
 * A small validator for the JSON Schema subset that rule options use:
 * `type`, `properties`, `additionalProperties`, `required`, `items`,
 * `enum`, `minimum`, `maximum`, `pattern`. Enough to tell a user which
 * option is wrong, without shipping a full JSON Schema engine.
 *
 * @since 0.1.0
 */
import type { ConfigIssue } from "./config-error.js"

type JsonSchema = Readonly<Record<string, unknown>>

const typeOf = (value: unknown): string => {
  if (value === null) return "null"
  if (Array.isArray(value)) return "array"
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number"
  return typeof value
}

const matchesType = (value: unknown, type: string): boolean => {
  const actual = typeOf(value)
  if (type === "number") return actual === "number" || actual === "integer"
  return actual === type
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/**
 * Checks `value` against `schema` and lists every mismatch with its path.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { validateOptions } from "@cchc/rules"
 * validateOptions({ maxAge: "x" }, { type: "object", properties: { maxAge: { type: "integer" } } }, "rules.x.options")
 * // [{ path: "rules.x.options.maxAge", message: "expected integer, got string" }]
 * ```
 */
export const validateOptions = (value: unknown, schema: JsonSchema, path: string): Array<ConfigIssue> => {
  const issues: Array<ConfigIssue> = []
  const type = schema["type"]
  if (typeof type === "string" && !matchesType(value, type)) {
    return [{ path, message: `expected ${type}, got ${typeOf(value)}` }]
  }
  if (Array.isArray(type) && !type.some((t) => typeof t === "string" && matchesType(value, t))) {
    return [{ path, message: `expected ${type.join(" or ")}, got ${typeOf(value)}` }]
  }
  const enumValues = schema["enum"]
  if (Array.isArray(enumValues) && !enumValues.includes(value)) {
    issues.push({ path, message: `expected one of ${enumValues.map((v) => JSON.stringify(v)).join(", ")}` })
  }
  if (typeof value === "number") {
    const min = schema["minimum"]
    const max = schema["maximum"]
    if (typeof min === "number" && value < min) issues.push({ path, message: `must be at least ${min}` })
    if (typeof max === "number" && value > max) issues.push({ path, message: `must be at most ${max}` })
  }
  const pattern = schema["pattern"]
  if (typeof value === "string" && typeof pattern === "string" && !new RegExp(pattern, "u").test(value)) {
    issues.push({ path, message: `must match ${pattern}` })
  }
  const items = schema["items"]
  if (Array.isArray(value) && isRecord(items)) {
    value.forEach((item, i) => issues.push(...validateOptions(item, items, `${path}[${i}]`)))
  }
  if (isRecord(value)) {
    const properties = isRecord(schema["properties"]) ? schema["properties"] : {}
    const additional = schema["additionalProperties"]
    for (const [key, child] of Object.entries(value)) {
      const childSchema = properties[key]
      if (isRecord(childSchema)) issues.push(...validateOptions(child, childSchema, `${path}.${key}`))
      else if (additional === false) issues.push({ path: `${path}.${key}`, message: "unknown option" })
      else if (isRecord(additional)) issues.push(...validateOptions(child, additional, `${path}.${key}`))
    }
    const required = schema["required"]
    if (Array.isArray(required)) {
      for (const key of required)
        if (typeof key === "string" && !(key in value))
          issues.push({ path: `${path}.${key}`, message: "required" })
    }
  }
  return issues
}
