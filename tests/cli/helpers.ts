// Running the built `cchc` binary in end-to-end tests, and the fixtures
// they use. Each test that writes works in its own temporary folder.
import { spawnSync } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..")
// CCHC_TEST_BIN runs the same tests against another build of the binary.
export const BIN = process.env["CCHC_TEST_BIN"] ?? join(REPO_ROOT, "packages/cli/dist/bin.js")
export const FIXTURES = join(REPO_ROOT, "tests/cli/fixtures")
export const SEEDS = resolve(REPO_ROOT, "../shared/corpus/seeds")
export const EXAMPLES = join(REPO_ROOT, "examples/documents")

export interface RunResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/**
 * The environment of a run: no colour, no CI variables leaking in, and
 * English output (`CCHC_LOCALE=en`), which these assertions read; pass
 * `CCHC_LOCALE: ""` for the Vietnamese default (locale.test.ts).
 */
export const baseEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env["PATH"],
    HOME: process.env["HOME"],
    NO_COLOR: "1",
    CCHC_LOCALE: "en",
    ...extra
  }
  return env
}

export const assertBuilt = (): void => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run 'pnpm build' before the CLI tests`)
}

/** Runs `cchc ...args` in `cwd` and waits for it. */
export const cchc = (
  args: ReadonlyArray<string>,
  options: {
    cwd?: string
    env?: Record<string, string>
    nodeArgs?: ReadonlyArray<string>
    /** Run as this user and group (the tests run as root to use it). */
    user?: { readonly uid: number; readonly gid: number }
  } = {}
): RunResult => {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    ...(options.user ?? {}),
    cwd: options.cwd ?? REPO_ROOT,
    env: baseEnv(options.env ?? {}),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}

/** A fresh temporary folder, with `fixtures` subfolders copied in. */
export const workspace = (...fixtureDirs: ReadonlyArray<string>): string => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-cli-"))
  for (const sub of fixtureDirs) cpSync(join(FIXTURES, sub), join(dir, sub), { recursive: true })
  return dir
}

export const removeWorkspace = (dir: string): void => rmSync(dir, { recursive: true, force: true })

export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), "utf8")

export interface JsonFileReport {
  readonly file: string
  readonly isDocument: boolean
  readonly fixed?: boolean
  readonly diagnostics: ReadonlyArray<{
    readonly ruleId: string | null
    readonly messageId: string
    readonly severity: "error" | "warning" | "info"
    readonly message: string
    readonly messageEn: string | null
    readonly line: number
    readonly column: number
    readonly endLine: number
    readonly endColumn: number
    readonly fix: unknown
    readonly fatal?: boolean
  }>
}

/** `cchc lint --format json` parsed. */
export const lintJson = (
  args: ReadonlyArray<string>,
  options: Parameters<typeof cchc>[1] = {}
): { code: number; reports: Array<JsonFileReport>; stderr: string } => {
  const run = cchc(["lint", "--format", "json", ...args], options)
  let reports: Array<JsonFileReport>
  try {
    reports = JSON.parse(run.stdout) as Array<JsonFileReport>
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
  return { code: run.code, reports, stderr: run.stderr }
}

export const ruleIds = (report: JsonFileReport | undefined): Array<string> =>
  (report?.diagnostics ?? []).map((d) => d.ruleId ?? `fatal:${d.messageId}`)
