/**
 * Linting an open document with the configuration the CLI would use for
 * the same file.
 *
 * @since 0.1.0
 */
import { dirname } from "node:path"
import { fileURLToPath } from "node:url"
import { ConfigLocator, defaultConfig, matchesAnyGlob, type EffectiveConfig } from "@cchc/cli"
import { lint, type LintResult } from "@cchc/rules"

/**
 * What the server needs to lint one document: a function from its text to
 * a lint result under its configuration, or the problem of the
 * configuration file that governs it, or `ignored` when that file's
 * `ignores` name the document.
 *
 * @since 0.1.0
 * @category linting
 */
export type DocumentLinter =
  | { readonly _tag: "Lint"; readonly lint: (text: string) => LintResult; readonly configFile: string | null }
  | { readonly _tag: "ConfigProblem"; readonly message: string }
  | { readonly _tag: "Ignored" }

const linterFor = (config: EffectiveConfig, path: string | null): DocumentLinter => {
  if (path !== null && matchesAnyGlob(config.ignores, path)) return { _tag: "Ignored" }
  const matchFiles = (globs: ReadonlyArray<string>) => path !== null && matchesAnyGlob(globs, path)
  return {
    _tag: "Lint",
    configFile: config.file,
    lint: (text) => lint(text, config.lintConfig, { matchFiles })
  }
}

/**
 * The linter of the document at `uri`: for a `file:` URI, the nearest
 * `cchc.config.json` (or `.cchcrc.json`) in its folder or above, as
 * `cchc lint` finds it; for an unsaved document, the `recommended` preset.
 * A new locator reads the configuration files again, so that an edit of
 * `cchc.config.json` applies to the next lint.
 *
 * @since 0.1.0
 * @category linting
 * @example
 * ```ts
 * import { linterForDocument } from "@cchc/language-server"
 * const linter = await linterForDocument("untitled:Untitled-1")
 * if (linter._tag === "Lint") linter.lint("Hà Nội, ngày 05 tháng 03 năm 2020").diagnostics.length // 1 or more
 * ```
 */
export const linterForDocument = async (uri: string, locator?: ConfigLocator): Promise<DocumentLinter> => {
  if (!uri.startsWith("file:")) return linterFor(defaultConfig(), null)
  const path = fileURLToPath(uri)
  const lookup = await (locator ?? new ConfigLocator(dirname(path))).forFile(path)
  return lookup.ok ? linterFor(lookup.config, path) : { _tag: "ConfigProblem", message: lookup.error.message }
}
