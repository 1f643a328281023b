/**
 * The lint cache: the last result of each file, reused while the file's
 * content, the configuration, the version and the date are the same.
 *
 * @since 0.1.0
 */
import { readFile } from "node:fs/promises"
import { VERSION } from "../version.js"
import type { FileResult } from "./lint-file.js"
import { writeFileAtomic } from "./write-atomic.js"

interface CacheEntry {
  readonly key: string
  readonly result: FileResult
}

interface CacheContent {
  readonly version: string
  readonly entries: Record<string, CacheEntry>
}

/**
 * The default cache file, relative to the working folder.
 *
 * @since 0.1.0
 * @category lint
 */
export const DEFAULT_CACHE_LOCATION = ".cchc-cache/lint.json"

/**
 * A cache file in memory. A missing, unreadable or foreign cache (another
 * version) starts empty; it is never an error.
 *
 * @since 0.1.0
 * @category lint
 * @example
 * ```ts
 * import { LintCache } from "@cchc/cli"
 * const cache = await LintCache.load("/repo/.cchc-cache/lint.json")
 * cache.get("/repo/docs/a.txt") // undefined on the first run
 * await cache.save()
 * ```
 */
export class LintCache {
  private changed = false

  private constructor(
    readonly location: string,
    private readonly entries: Map<string, CacheEntry>
  ) {}

  /** Reads the cache at `location`. */
  static async load(location: string): Promise<LintCache> {
    const text = await readFile(location, "utf8").catch(() => null)
    let entries = new Map<string, CacheEntry>()
    if (text !== null) {
      try {
        const content = JSON.parse(text) as CacheContent
        if (content.version === VERSION && typeof content.entries === "object")
          entries = new Map(Object.entries(content.entries))
      } catch {
        // A damaged cache is rebuilt.
      }
    }
    return new LintCache(location, entries)
  }

  /** The cached entry of the file at `path`. */
  get(path: string): CacheEntry | undefined {
    return this.entries.get(path)
  }

  /** Records the result of `path` under `key`. */
  set(path: string, key: string, result: FileResult): void {
    this.entries.set(path, { key, result })
    this.changed = true
  }

  /** Forgets `path` (its result could not be cached). */
  delete(path: string): void {
    if (this.entries.delete(path)) this.changed = true
  }

  /** Writes the cache back (atomically) when it changed. */
  async save(): Promise<void> {
    if (!this.changed) return
    const content: CacheContent = { version: VERSION, entries: Object.fromEntries(this.entries) }
    await writeFileAtomic(this.location, JSON.stringify(content), true)
    this.changed = false
  }
}
