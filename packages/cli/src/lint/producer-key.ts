/**
 * What produced a lint result, as one key: a cached result is reused only
 * while the same code and rules would produce it again.
 *
 * @since 0.1.0
 */
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ALL_RULES } from "@cchc/rules"
import { VERSION } from "../version.js"

const packageVersion = (name: string): string => {
  try {
    return (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version
  } catch {
    return "unknown"
  }
}

// The code of the running build: @cchc/core and @cchc/rules are bundled
// into it, so a change to a rule's logic or to the parser changes this
// hash even when no version was bumped (a stale cache once reported 10
// findings where the changed rules found 11).
const buildHash = (hash: ReturnType<typeof createHash>): void => {
  let dir: string
  try {
    dir = dirname(fileURLToPath(import.meta.url))
  } catch {
    return
  }
  let names: Array<string>
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".js") || name.endsWith(".cjs"))
  } catch {
    return
  }
  for (const name of names.sort()) {
    try {
      hash
        .update(name)
        .update("\0")
        .update(readFileSync(join(dir, name)))
        .update("\0")
    } catch {
      hash.update(name).update("\0unreadable\0")
    }
  }
}

let memo: string | null = null

/**
 * A key for everything that produced a result: the versions of `@cchc/cli`,
 * `@cchc/core`, `@cchc/rules` and `@cchc/pdf`, the metadata of every rule
 * (ids, messages, options schemas, fixability), and a hash of the running
 * build's code. Computed once per process.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { producerKey } from "@cchc/cli"
 * producerKey().length // 24
 * ```
 */
export const producerKey = (): string => {
  if (memo !== null) return memo
  const hash = createHash("sha256")
  for (const part of [
    VERSION,
    packageVersion("@cchc/core"),
    packageVersion("@cchc/rules"),
    packageVersion("@cchc/pdf"),
    JSON.stringify(ALL_RULES.map((rule) => rule.meta))
  ])
    hash.update(part).update("\0")
  buildHash(hash)
  memo = hash.digest("hex").slice(0, 24)
  return memo
}
