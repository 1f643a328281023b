// Where the seed corpus lives: `../shared/corpus/seeds` beside the
// repository. Tests that need it skip, with a visible message, when a
// clone has no such folder.
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")
export const SEEDS_DIR = resolve(REPO_ROOT, "../shared/corpus/seeds")
export const hasSeeds = existsSync(SEEDS_DIR)

export interface Seed {
  readonly name: string
  readonly text: string
  readonly expected: Record<string, any>
}

export const loadSeeds = (): Array<Seed> =>
  hasSeeds
    ? readdirSync(SEEDS_DIR)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => ({
          name: f,
          text: readFileSync(join(SEEDS_DIR, f), "utf8"),
          expected: JSON.parse(readFileSync(join(SEEDS_DIR, f.replace(/\.txt$/, ".expected.json")), "utf8"))
        }))
    : []

export const warnNoSeeds = () => {
  if (!hasSeeds) console.warn(`[cchc] seed corpus not found at ${SEEDS_DIR}: corpus tests skipped`)
}
