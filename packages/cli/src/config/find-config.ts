/**
 * Finding the configuration of each linted file: the nearest
 * `cchc.config.json` (or `.cchcrc.json`) in its folder or a folder above,
 * up to the repository root (the folder that holds `.git`): a stray file
 * above the repository must not switch its rules off.
 *
 * Configurations do not cascade, so the nearest one is also the last one
 * considered: `"root": true` (as in ESLint's legacy configurations) marks
 * that folder as the top of the search, and the climb never goes above a
 * folder whose configuration it found, root or not. Files a configuration
 * `extends` are loaded wherever they are.
 *
 * @since 0.1.0
 */
import { stat } from "node:fs/promises"
import { dirname, join } from "node:path"
import type { RuleSettings } from "@cchc/rules"
import { InputError } from "../errors.js"
import { CONFIG_FILE_NAMES } from "./config-file.js"
import { defaultConfig, loadConfigFile, type EffectiveConfig } from "./load-config.js"

/**
 * The configuration of a file, or the error of the configuration file
 * that governs it.
 *
 * @since 0.1.0
 * @category config
 */
export type ConfigLookup =
  { readonly ok: true; readonly config: EffectiveConfig } | { readonly ok: false; readonly error: InputError }

const isFile = async (path: string): Promise<boolean> =>
  (await stat(path).catch(() => null))?.isFile() ?? false

// `.git` is a folder in a clone and a file in a linked worktree or a submodule.
const isRepositoryRoot = async (dir: string): Promise<boolean> =>
  (await stat(join(dir, ".git")).catch(() => null)) !== null

/**
 * Finds and loads configurations, each folder and each file once. With an
 * explicit configuration (`--config`), every file gets that one.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { ConfigLocator } from "@cchc/cli"
 * const locator = new ConfigLocator(process.cwd())
 * const lookup = await locator.forFile("/repo/docs/bao-cao.txt")
 * if (lookup.ok) console.log(lookup.config.file)
 * ```
 */
export class ConfigLocator {
  private readonly fileInFolder = new Map<string, Promise<string | null>>()
  private readonly loaded = new Map<string, Promise<ConfigLookup>>()

  constructor(
    private readonly cwd: string,
    private readonly cliRules: RuleSettings = {},
    private readonly explicit: EffectiveConfig | null = null
  ) {}

  /** The configuration file nearest to `dir`, looking upwards to the repository root, or `null`. */
  findFrom(dir: string): Promise<string | null> {
    let found = this.fileInFolder.get(dir)
    if (found === undefined) {
      found = (async () => {
        for (const name of CONFIG_FILE_NAMES) {
          const candidate = join(dir, name)
          if (await isFile(candidate)) return candidate
        }
        const parent = dirname(dir)
        return parent === dir || (await isRepositoryRoot(dir)) ? null : this.findFrom(parent)
      })()
      this.fileInFolder.set(dir, found)
    }
    return found
  }

  /** Loads (once) the configuration in `file`. */
  load(file: string | null): Promise<ConfigLookup> {
    const key = file ?? ""
    let lookup = this.loaded.get(key)
    if (lookup === undefined) {
      lookup =
        file === null
          ? Promise.resolve({ ok: true as const, config: defaultConfig(this.cliRules) })
          : loadConfigFile(file, this.cwd, this.cliRules).then(
              (config) => ({ ok: true as const, config }),
              (error: unknown) => {
                if (error instanceof InputError) return { ok: false as const, error }
                throw error
              }
            )
      this.loaded.set(key, lookup)
    }
    return lookup
  }

  /** The configuration that governs the file at `path`. */
  async forFile(path: string): Promise<ConfigLookup> {
    if (this.explicit !== null) return { ok: true, config: this.explicit }
    return this.load(await this.findFrom(dirname(path)))
  }

  /** The configuration for commands without files: the one found from the working folder. */
  async forCwd(): Promise<ConfigLookup> {
    if (this.explicit !== null) return { ok: true, config: this.explicit }
    return this.load(await this.findFrom(this.cwd))
  }
}
