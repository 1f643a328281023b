/**
 * Filling `{name}` placeholders of message templates.
 */
import { BoundedCache } from "@cchc/core/internal"

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/

// Every diagnostic fills two templates, and a rule has a handful: each
// template is split once into text and placeholder names (text at even
// indices, names at odd ones), not scanned by a regex for every message.
const PARTS = new BoundedCache<ReadonlyArray<string>>({ max: 1024 })

const partsOf = (template: string): ReadonlyArray<string> => PARTS.get(template, (t) => t.split(PLACEHOLDER))

/**
 * Replaces each `{name}` in `template` with `data[name]`; unknown names stay as written.
 *
 * @example
 * ```ts
 * fillMessage("“{found}” → “{expected}”", { found: "cập nhập", expected: "cập nhật" }) // "“cập nhập” → “cập nhật”"
 * fillMessage("dòng {line}, {other}", { line: 3 }) // "dòng 3, {other}"
 * ```
 */
export const fillMessage = (
  template: string,
  data: Readonly<Record<string, string | number>> | undefined
): string => {
  if (data === undefined) return template
  const parts = partsOf(template)
  let message = parts[0]!
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!
    message += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1]!
  }
  return message
}
