/**
 * A strict JSON reader that remembers where each value starts, so that a
 * configuration problem can be reported at its line and column.
 *
 * @since 0.1.0
 */

/**
 * A 1-based place in a JSON text.
 *
 * @since 0.1.0
 * @category config
 */
export interface JsonPosition {
  readonly line: number
  readonly column: number
}

/**
 * A parsed JSON text: the value, and the position of every member and
 * element, keyed by its path (`rules.end-mark`, `overrides[0].files[1]`).
 *
 * @since 0.1.0
 * @category config
 */
export interface JsonSource {
  readonly value: unknown
  readonly positions: ReadonlyMap<string, JsonPosition>
}

/**
 * A JSON syntax error at a place.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { JsonSyntaxError, parseJsonSource } from "@cchc/cli"
 * try {
 *   parseJsonSource('{ "rules": }')
 * } catch (error) {
 *   if (error instanceof JsonSyntaxError) error.position // { line: 1, column: 12 }
 * }
 * ```
 */
export class JsonSyntaxError extends Error {
  override readonly name = "JsonSyntaxError"
  constructor(
    message: string,
    readonly position: JsonPosition
  ) {
    super(message)
  }
}

/**
 * The path of a member: `rules` + `end-mark` → `rules.end-mark`; an
 * element: `overrides` + 0 → `overrides[0]`.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { childPath } from "@cchc/cli"
 * childPath("overrides", 0) // "overrides[0]"
 * childPath("", "rules") // "rules"
 * ```
 */
export const childPath = (parent: string, key: string | number): string =>
  typeof key === "number" ? `${parent}[${key}]` : parent === "" ? key : `${parent}.${key}`

/**
 * How deep objects and arrays may nest. A configuration needs five levels and a spec about three per level of sections;
 * the reader is recursive, so a file nested thousands deep is refused at
 * the place it goes too deep instead of overflowing the stack.
 */
const MAX_JSON_DEPTH = 128

/**
 * Parses strict JSON (RFC 8259) and records positions. Throws a
 * {@link JsonSyntaxError} that says what was expected and where. Objects
 * are built without a prototype, so a `__proto__` key is an ordinary
 * member (and an unknown key to the configuration checks), never the
 * prototype setter; nesting deeper than 128 levels is a
 * {@link JsonSyntaxError} at the place it starts.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { parseJsonSource } from "@cchc/cli"
 * const source = parseJsonSource('{\n  "rules": { "end-mark": "off" }\n}')
 * source.positions.get("rules.end-mark") // { line: 2, column: 14 }
 * ```
 */
export const parseJsonSource = (text: string): JsonSource => {
  const positions = new Map<string, JsonPosition>()
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let line = 1
  let lineStart = 0

  const here = (): JsonPosition => ({ line, column: i - lineStart + 1 })
  const fail = (what: string): never => {
    const found = i >= text.length ? "the end of the file" : `'${text[i]}'`
    throw new JsonSyntaxError(`invalid JSON: expected ${what}, found ${found}`, here())
  }
  const skipBlank = () => {
    for (; i < text.length; i++) {
      const c = text[i]
      if (c === "\n") {
        line++
        lineStart = i + 1
      } else if (c !== " " && c !== "\t" && c !== "\r") break
    }
  }
  const readString = (): string => {
    if (text[i] !== '"') fail("a string in double quotes")
    i++
    let out = ""
    for (;;) {
      const c = text[i]
      if (c === undefined || c === "\n") fail("a closing quote")
      i++
      if (c === '"') return out
      if (c !== "\\") {
        out += c
        continue
      }
      const e = text[i++]
      const simple: Record<string, string> = {
        '"': '"',
        "\\": "\\",
        "/": "/",
        b: "\b",
        f: "\f",
        n: "\n",
        r: "\r",
        t: "\t"
      }
      if (e !== undefined && e in simple) out += simple[e]
      else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i, i + 4))) {
        out += String.fromCharCode(parseInt(text.slice(i, i + 4), 16))
        i += 4
      } else {
        i--
        fail('a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)')
      }
    }
  }
  const readValue = (path: string, depth: number): unknown => {
    skipBlank()
    positions.set(path, here())
    const c = text[i]
    if ((c === "{" || c === "[") && depth >= MAX_JSON_DEPTH)
      throw new JsonSyntaxError(`invalid JSON: nested deeper than ${MAX_JSON_DEPTH} levels`, here())
    if (c === "{") {
      i++
      const out: Record<string, unknown> = Object.create(null)
      skipBlank()
      if (text[i] === "}") {
        i++
        return out
      }
      for (;;) {
        skipBlank()
        const keyAt = here()
        const key = readString()
        skipBlank()
        if (text[i] !== ":") fail("':' after a key")
        i++
        const keyPath = childPath(path, key)
        out[key] = readValue(keyPath, depth + 1)
        // A member is reported where its key is written.
        positions.set(keyPath, keyAt)
        skipBlank()
        if (text[i] === ",") {
          i++
          continue
        }
        if (text[i] === "}") {
          i++
          return out
        }
        fail("',' or '}'")
      }
    }
    if (c === "[") {
      i++
      const out: Array<unknown> = []
      skipBlank()
      if (text[i] === "]") {
        i++
        return out
      }
      for (;;) {
        out.push(readValue(childPath(path, out.length), depth + 1))
        skipBlank()
        if (text[i] === ",") {
          i++
          continue
        }
        if (text[i] === "]") {
          i++
          return out
        }
        fail("',' or ']'")
      }
    }
    if (c === '"') return readString()
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 64)
    )
    if (literal === null) return fail("a value (object, array, string, number, true, false or null)")
    i += literal[0].length
    return JSON.parse(literal[0])
  }
  const value = readValue("", 0)
  skipBlank()
  if (i < text.length) fail("the end of the file")
  return { value, positions }
}
