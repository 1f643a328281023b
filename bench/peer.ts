/**
 * The peer a JavaScript user would pick for the same job: textlint with
 * textlint-rule-prh, given cchc's own misspelling dictionary as a prh rule
 * file (same wrong forms, same corrections, the same guards as lookarounds,
 * both tone-mark placements).
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { MISSPELLINGS } from "../packages/rules/src/data/misspellings.js"

const BENCH_MODULES = new URL("./node_modules/", import.meta.url).pathname

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")

// Old and new tone-mark placement on oa, oe, uy: cchc matches both, so the
// prh pattern lists both.
const PLACEMENTS: ReadonlyArray<readonly [string, string]> = [..."àáảãạ"].flatMap((a, i) => [
  [`o${a}`, `${"òóỏõọ"[i]}a`] as const,
  [`o${"èéẻẽẹ"[i]}`, `${"òóỏõọ"[i]}e`] as const,
  [`u${"ỳýỷỹỵ"[i]}`, `${"ùúủũụ"[i]}y`] as const
])
const placements = (s: string): Array<string> => {
  let other = s
  for (const [a, b] of PLACEMENTS) other = other.split(a).join(b)
  if (other === s) for (const [a, b] of PLACEMENTS) other = other.split(b).join(a)
  return other === s ? [s] : [s, other]
}

/** The dictionary as a prh rule file (YAML; JSON strings are valid YAML). */
export const prhRules = (): string => {
  const rules = MISSPELLINGS.map((entry) => {
    const wrong = placements(entry.wrong).map(escapeRegExp).join("|")
    const before = entry.unlessPrecededBy?.length
      ? `(?<!(?:${entry.unlessPrecededBy.map(escapeRegExp).join("|")}) )`
      : ""
    const after = entry.unlessFollowedBy?.length
      ? `(?! (?:${entry.unlessFollowedBy.map(escapeRegExp).join("|")}))`
      : ""
    const onlyBefore = entry.onlyPrecededBy?.length
      ? `(?<=(?:${entry.onlyPrecededBy.map(escapeRegExp).join("|")}) )`
      : ""
    const onlyAfter = entry.onlyFollowedBy?.length
      ? `(?= (?:${entry.onlyFollowedBy.map(escapeRegExp).join("|")}))`
      : ""
    const punctuation = entry.beforePunctuation === true ? "(?=[;,.:)])" : ""
    return `  - expected: ${JSON.stringify(entry.right[0])}\n    pattern: ${JSON.stringify(`/${before}${onlyBefore}(?:${wrong})${after}${onlyAfter}${punctuation}/i`)}`
  })
  return `version: 1\nrules:\n${rules.join("\n")}\n`
}

/** A textlint linter configured with prh and the dictionary, set up in `dir`. */
export const createPeerLinter = async (dir: string) => {
  const { createLinter, loadTextlintrc } = await import(join(BENCH_MODULES, "textlint/lib/src/index.js"))
  mkdirSync(dir, { recursive: true })
  const prhPath = join(dir, "prh.yml")
  writeFileSync(prhPath, prhRules())
  const configFilePath = join(dir, ".textlintrc.json")
  writeFileSync(configFilePath, JSON.stringify({ rules: { prh: { rulePaths: [prhPath] } } }))
  const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: BENCH_MODULES })
  return createLinter({ descriptor, cwd: dir })
}
