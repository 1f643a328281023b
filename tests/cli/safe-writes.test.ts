// `cchc lint --fix` writes a document back as an in-place editor should:
// through a link to its target, keeping owner, group and mode; never a
// read-only file, a file with other names (unless asked), a file outside
// the working tree, or an edit saved meanwhile; an interrupted write
// leaves no temporary file, and one left by a kill is removed next time.
import { spawn, spawnSync } from "node:child_process"
import {
  chmodSync,
  chownSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync
} from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { afterEach, beforeAll, describe, expect, test } from "vitest"
import {
  assertBuilt,
  baseEnv,
  BIN,
  cchc,
  fixture,
  lintJson,
  REPO_ROOT,
  removeWorkspace,
  workspace
} from "./helpers.js"

let dir = ""
beforeAll(assertBuilt)
afterEach(() => removeWorkspace(dir))

const wrong = fixture("docs/bao-cao-loi.txt")
const isFixed = (text: string) => text.includes("Số: 05/BC-UBND")
const hook = ["--import", pathToFileURL(join(REPO_ROOT, "tests/cli/support/write-hook.mjs")).href]
const isRoot = process.getuid?.() === 0

const notWritten = (file: string, args: ReadonlyArray<string> = []) => {
  const { code, reports } = lintJson([file, "--fix", ...args], { cwd: dir })
  const report = reports.find((r) => r.file === file)!
  return { code, report, first: report.diagnostics[0]! }
}

describe("--fix writes like an in-place editor", () => {
  test("through a link: the target is fixed, the link stays a link", () => {
    dir = workspace()
    writeFileSync(join(dir, "real.txt"), wrong)
    symlinkSync("real.txt", join(dir, "link.txt"))
    const run = cchc(["lint", "link.txt", "--fix"], { cwd: dir })
    expect(run.stdout).toContain("link.txt (fixed)")
    expect(isFixed(readFileSync(join(dir, "real.txt"), "utf8"))).toBe(true)
    expect(lstatSync(join(dir, "link.txt")).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, "link.txt"))).toBe("real.txt")
    expect(readdirSync(dir).sort()).toEqual(["link.txt", "real.txt"])
  })

  test("keeps the mode of the file", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    chmodSync(join(dir, "a.txt"), 0o640)
    cchc(["lint", "a.txt", "--fix"], { cwd: dir })
    expect(isFixed(readFileSync(join(dir, "a.txt"), "utf8"))).toBe(true)
    expect(statSync(join(dir, "a.txt")).mode & 0o7777).toBe(0o640)
  })

  test.skipIf(!isRoot)("run as root, keeps the owner and group of another user's file", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    chownSync(join(dir, "a.txt"), 4321, 4322)
    cchc(["lint", "a.txt", "--fix"], { cwd: dir })
    const info = statSync(join(dir, "a.txt"))
    expect(isFixed(readFileSync(join(dir, "a.txt"), "utf8"))).toBe(true)
    expect([info.uid, info.gid]).toEqual([4321, 4322])
  })
  if (!isRoot) console.warn("safe-writes: not run as root, the tests of other users' files are skipped")

  // As an ordinary user (nobody), in a folder anyone may write in.
  const asNobody = (mode: number) => {
    dir = workspace()
    chmodSync(dir, 0o777)
    writeFileSync(join(dir, "a.txt"), wrong)
    chmodSync(join(dir, "a.txt"), mode)
    const { code, reports } = lintJson(["a.txt", "--fix"], { cwd: dir, user: { uid: 65534, gid: 65534 } })
    expect(code).toBe(2)
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(wrong)
    expect(statSync(join(dir, "a.txt")).uid).toBe(0)
    expect(readdirSync(dir)).toEqual(["a.txt"])
    return reports[0]!.diagnostics[0]!
  }

  test.skipIf(!isRoot)(
    "refuses a file the user may not write, though the folder would let it be replaced",
    () => {
      expect(asNobody(0o644)).toMatchObject({
        messageId: "fix-not-written",
        message: "fixes not written: you may not write the file (permission denied)"
      })
    }
  )

  test.skipIf(!isRoot)("refuses another user's file whose owner a rewrite would not keep", () => {
    expect(asNobody(0o666).message).toContain(
      "belongs to user 0, group 0, which a rewrite by this user would not keep"
    )
  })

  test("refuses a read-only file, with the reason", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    chmodSync(join(dir, "a.txt"), 0o444)
    const { code, first } = notWritten("a.txt")
    expect(code).toBe(2)
    expect(first).toMatchObject({ messageId: "fix-not-written", fatal: true })
    expect(first.message).toContain("read-only (mode 0444)")
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(wrong)
  })

  test("refuses a file with several hard links unless --fix-hard-links, which fixes every name", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    linkSync(join(dir, "a.txt"), join(dir, "b.txt"))
    const { first } = notWritten("a.txt")
    expect(first.messageId).toBe("fix-not-written")
    expect(first.message).toContain("2 names (hard links)")
    expect(readFileSync(join(dir, "b.txt"), "utf8")).toBe(wrong)

    const run = cchc(["lint", "a.txt", "--fix", "--fix-hard-links"], { cwd: dir })
    expect(run.stdout).toContain("a.txt (fixed)")
    expect(isFixed(readFileSync(join(dir, "b.txt"), "utf8"))).toBe(true)
    expect(statSync(join(dir, "a.txt")).ino).toBe(statSync(join(dir, "b.txt")).ino)
  })

  test("never writes through a link to a file outside the working folder, nor a file named outside it", () => {
    dir = workspace()
    mkdirSync(join(dir, "outside"))
    mkdirSync(join(dir, "project"))
    writeFileSync(join(dir, "outside/a.txt"), wrong)
    symlinkSync(join(dir, "outside/a.txt"), join(dir, "project/link.txt"))
    const cwd = join(dir, "project")
    const linked = lintJson(["link.txt", "--fix"], { cwd })
    expect(linked.reports[0]!.diagnostics[0]!.message).toContain(
      "a link to a file outside the working folder"
    )
    const named = lintJson(["../outside/a.txt", "--fix"], { cwd })
    expect(named.reports[0]!.diagnostics[0]).toMatchObject({ messageId: "fix-not-written" })
    expect(readFileSync(join(dir, "outside/a.txt"), "utf8")).toBe(wrong)
  })
})

describe("an edit saved during --fix", () => {
  test("is kept: the fix is refused, reported as not written", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    const run = cchc(["lint", "a.txt", "--fix", "--format", "json"], {
      cwd: dir,
      nodeArgs: hook,
      env: { CCHC_WRITE_HOOK: "edit" }
    })
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(`${wrong}Dòng thêm khi đang sửa.\n`)
    const report = (
      JSON.parse(run.stdout) as Array<{
        fixed?: boolean
        diagnostics: Array<{ messageId: string; message: string }>
      }>
    )[0]!
    expect(report.fixed).not.toBe(true)
    expect(report.diagnostics[0]).toMatchObject({ messageId: "fix-not-written" })
    expect(report.diagnostics[0]!.message).toContain("changed while it was being checked")
    expect(run.code).toBe(2)
    expect(readdirSync(dir)).toEqual(["a.txt"])
  })
})

describe("an interrupted --fix", () => {
  const interrupt = async (signal: NodeJS.Signals, args: ReadonlyArray<string>) => {
    const child = spawn(process.execPath, [...hook, BIN, "lint", ...args, "--fix"], {
      cwd: dir,
      env: baseEnv({ CCHC_WRITE_HOOK: "pause" })
    })
    let stderr = ""
    await new Promise<void>((resolve, reject) => {
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk.toString()
        if (stderr.includes("TEMPORARY ")) resolve()
      })
      child.on("exit", () => reject(new Error(`exited before writing: ${stderr}`)))
    })
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_, s) => resolve(s)))
    child.kill(signal)
    return exited
  }

  test.each([
    ["SIGINT", ["a.txt"]],
    ["SIGTERM", ["a.txt"]],
    ["SIGINT", ["a.txt", "b.txt", "c.txt", "--concurrency", "2"]]
  ] as const)(
    "by %s (%j) removes its temporary file and leaves the document as it was",
    async (signal, args) => {
      dir = workspace()
      for (const name of ["a.txt", "b.txt", "c.txt"]) writeFileSync(join(dir, name), wrong)
      expect(await interrupt(signal, args)).toBe(signal)
      expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.txt", "c.txt"])
      for (const name of ["a.txt", "b.txt", "c.txt"]) {
        const text = readFileSync(join(dir, name), "utf8")
        expect(text === wrong || isFixed(text)).toBe(true)
      }
    }
  )

  test("leaves, after a kill, a temporary file that the next --fix removes", () => {
    dir = workspace()
    writeFileSync(join(dir, "a.txt"), wrong)
    const gone = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
      encoding: "utf8"
    }).stdout
    const stale = `.a.txt.cchc-${gone}-0123abcd.tmp`
    const running = `.a.txt.cchc-${process.pid}-89abcdef.tmp`
    for (const name of [stale, running, ".notes.tmp"]) writeFileSync(join(dir, name), "half")
    const run = cchc(["lint", ".", "--fix"], { cwd: dir })
    expect(readdirSync(dir).sort()).toEqual([running, ".notes.tmp", "a.txt"].sort())
    expect(run.stdout).toContain("Removed 1 temporary file left by an interrupted cchc lint --fix.")
    expect(isFixed(readFileSync(join(dir, "a.txt"), "utf8"))).toBe(true)
  })
})
