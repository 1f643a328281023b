/**
 * The lint cache: the last result of each file, reused while the file's
 * content, the configuration, the code and rules that produced it and the
 * date are the same.
 *
 * @since 0.1.0
 */
import { readFile } from "node:fs/promises"
import { isCacheEntry } from "./cache-entry.js"
import type { FileResult } from "./lint-file.js"
import { producerKey } from "./producer-key.js"
import { writeFileAtomic } from "./write-atomic.js"

interface CacheEntry {
  readonly key: string
  readonly result: FileResult
}

/**
 * The default cache file, relative to the working folder.
 *
 * @since 0.1.0
 * @category lint
 */
export const DEFAULT_CACHE_LOCATION = ".cchc-cache/lint.json"

/** The entries of the cache file at `location` that can be trusted, and how many could not. */
const readEntries = async (
  location: string
): Promise<{ readonly entries: Map<string, CacheEntry>; readonly dropped: number }> => {
  const entries = new Map<string, CacheEntry>()
  const text = await readFile(location, "utf8").catch(() => null)
  if (text === null) return { entries, dropped: 0 }
  let content: unknown
  try {
    content = JSON.parse(text)
  } catch {
    // A damaged cache is rebuilt.
    return { entries, dropped: 1 }
  }
  if (typeof content !== "object" || content === null) return { entries, dropped: 1 }
  const { producer, entries: stored } = content as { producer?: unknown; entries?: unknown }
  // Results of other code or rules are not wrong, only stale: no note.
  if (producer !== producerKey()) return { entries, dropped: 0 }
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return { entries, dropped: 1 }
  let dropped = 0
  for (const [path, entry] of Object.entries(stored)) {
    if (isCacheEntry(path, entry)) entries.set(path, entry)
    else dropped++
  }
  return { entries, dropped }
}

/**
 * A cache file in memory. A missing, unreadable or stale cache (written by
 * other code or rules) starts empty; a damaged entry is dropped and its
 * file checked again; none of it is an error. Saving merges the entries
 * another run wrote meanwhile.
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
  private readonly touched = new Set<string>()

  private constructor(
    readonly location: string,
    private readonly entries: Map<string, CacheEntry>,
    /** How many entries (or, for a file that is not a cache, 1) were damaged and dropped. */
    readonly dropped: number
  ) {}

  /** Reads the cache at `location`. */
  static async load(location: string): Promise<LintCache> {
    const { entries, dropped } = await readEntries(location)
    return new LintCache(location, entries, dropped)
  }

  /** The cached entry of the file at `path`. */
  get(path: string): CacheEntry | undefined {
    return this.entries.get(path)
  }

  /** Records the result of `path` under `key`. */
  set(path: string, key: string, result: FileResult): void {
    this.entries.set(path, { key, result })
    this.touched.add(path)
  }

  /** Forgets `path` (its result could not be cached). */
  delete(path: string): void {
    this.entries.delete(path)
    this.touched.add(path)
  }

  /**
   * Writes the cache back (atomically) when this run changed it or found
   * it damaged. Entries written by another run since this one loaded are
   * kept, except those of the files this run checked.
   */
  async save(): Promise<void> {
    if (this.touched.size === 0 && this.dropped === 0) return
    const { entries: onDisk } = await readEntries(this.location)
    const merged = new Map<string, CacheEntry>()
    for (const [path, entry] of onDisk) if (!this.touched.has(path)) merged.set(path, entry)
    for (const [path, entry] of this.entries)
      if (this.touched.has(path) || !merged.has(path)) merged.set(path, entry)
    const content = { producer: producerKey(), entries: Object.fromEntries(merged) }
    await writeFileAtomic(this.location, JSON.stringify(content), true)
    this.touched.clear()
  }
}
