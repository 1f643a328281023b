/**
 * Every regular expression of the packages: the literals and the
 * `new RegExp(...)` calls of `packages/*\/src` (found with the TypeScript
 * parser), and the patterns that the code builds at run time (recorded by
 * a stand-in for the `RegExp` constructor while the packages load and
 * run). Used by `tests/regex-safety.test.ts` and its regression tests.
 */
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import ts from "typescript"

export const REPO_ROOT = new URL("../", import.meta.url).pathname

/** A place in the sources where a regular expression is written or built. */
export interface RegexSite {
  /** Path from the repository root, and 1-based line. */
  readonly file: string
  readonly line: number
  /** The variable or property it is assigned to, when there is one. */
  readonly name: string | null
  /** `null` when the pattern is computed (a template with substitutions, a variable). */
  readonly source: string | null
  readonly flags: string
  readonly written: "literal" | "constructor"
}

/** The TypeScript sources of the packages, without tests. */
export const packageSourceFiles = (): Array<string> => {
  const files: Array<string> = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else if (path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts")) files.push(path)
    }
  }
  const packages = join(REPO_ROOT, "packages")
  for (const pkg of readdirSync(packages)) {
    const src = join(packages, pkg, "src")
    try {
      if (statSync(src).isDirectory()) walk(src)
    } catch {
      // A package without sources yet.
    }
  }
  return files.sort()
}

// The text of a string argument when it is fixed in the source: a string
// literal, a template without substitutions, or String.raw`…` without them.
const staticText = (node: ts.Expression | undefined): string | null => {
  if (node === undefined) return ""
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (
    ts.isTaggedTemplateExpression(node) &&
    node.tag.getText() === "String.raw" &&
    ts.isNoSubstitutionTemplateLiteral(node.template)
  )
    return node.template.rawText ?? node.template.text
  return null
}

const nameOf = (node: ts.Node): string | null => {
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (ts.isVariableDeclaration(at) || ts.isPropertyAssignment(at) || ts.isPropertyDeclaration(at))
      return at.name.getText()
    if (ts.isFunctionLike(at) || ts.isSourceFile(at)) return null
  }
  return null
}

/** The regular expressions written in one file. */
export const regexSitesOf = (path: string): Array<RegexSite> => {
  const file = relative(REPO_ROOT, path)
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true)
  const sites: Array<RegexSite> = []
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1
  const visit = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText()
      const slash = text.lastIndexOf("/")
      sites.push({
        file,
        line: lineOf(node),
        name: nameOf(node),
        source: text.slice(1, slash),
        flags: text.slice(slash + 1),
        written: "literal"
      })
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      node.expression.getText() === "RegExp"
    ) {
      const [pattern, flags] = node.arguments ?? []
      sites.push({
        file,
        line: lineOf(node),
        name: nameOf(node),
        source: staticText(pattern),
        flags: staticText(flags) ?? "?",
        written: "constructor"
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return sites
}

/** Every regular expression written in the packages' sources. */
export const allRegexSites = (): Array<RegexSite> => packageSourceFiles().flatMap(regexSitesOf)

/** A pattern built at run time, with the source file that built it. */
export interface BuiltPattern {
  readonly source: string
  readonly flags: string
  /** Path from the repository root and line of the first package frame, as the stack reports it. */
  readonly file: string
  readonly line: number
}

// A stack frame in a package's sources: `/abs/path/packages/core/src/x.ts:12`
// (or a file: URL of it).
const PACKAGE_FRAME = /(\/[^\s():]*\/packages\/[^/]+\/src\/[^:()\s]+\.ts):(\d+)/

/**
 * Runs `work` with the global `RegExp` replaced by a recording stand-in,
 * and returns every pattern that code under `packages/*\/src` built with
 * it. Literals do not go through the constructor; {@link allRegexSites}
 * finds those.
 */
export const recordBuiltPatterns = async (work: () => Promise<void>): Promise<Array<BuiltPattern>> => {
  const built: Array<BuiltPattern> = []
  const original = globalThis.RegExp
  const record = (args: ReadonlyArray<unknown>) => {
    const frame = (new Error().stack ?? "").split("\n").find((l) => PACKAGE_FRAME.test(l))
    if (frame === undefined) return
    const [, path, line] = PACKAGE_FRAME.exec(frame)!
    const [pattern, flags] = args
    const source = pattern instanceof original ? pattern.source : String(pattern ?? "")
    const flagText = flags === undefined ? (pattern instanceof original ? pattern.flags : "") : String(flags)
    built.push({ source, flags: flagText, file: relative(REPO_ROOT, path!), line: Number(line) })
  }
  globalThis.RegExp = new Proxy(original, {
    construct(target, args, newTarget) {
      record(args)
      return Reflect.construct(target, args, newTarget)
    },
    apply(target, self, args) {
      record(args)
      return Reflect.apply(target, self, args)
    }
  })
  try {
    await work()
  } finally {
    globalThis.RegExp = original
  }
  return built
}

/**
 * The regular expression assigned to `name` in `file` (a path from the
 * repository root). Throws when there is none, so that a regression test
 * whose pattern was renamed fails and gets updated instead of passing on
 * nothing.
 */
export const namedRegex = (file: string, name: string): RegexSite & { readonly source: string } => {
  const site = regexSitesOf(join(REPO_ROOT, file)).find((s) => s.name === name)
  if (site === undefined || site.source === null)
    throw new Error(`no regular expression named ${name} in ${file}: update the test that looks for it`)
  return site as RegexSite & { readonly source: string }
}

/** The regular expressions written inside the function or constant `name` in `file`. */
export const regexesIn = (file: string, name: string): Array<RegexSite & { readonly source: string }> => {
  const path = join(REPO_ROOT, file)
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true)
  // Lines of the declaration, once found (an object: TypeScript does not
  // follow assignments made inside the visitor).
  const found: { range?: readonly [number, number] } = {}
  const find = (node: ts.Node) => {
    if ((ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node)) && node.name?.getText() === name) {
      found.range = [
        source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        source.getLineAndCharacterOfPosition(node.getEnd()).line + 1
      ]
    }
    if (found.range === undefined) ts.forEachChild(node, find)
  }
  find(source)
  if (found.range === undefined)
    throw new Error(`no function or constant named ${name} in ${file}: update the test that looks for it`)
  const [from, to] = found.range
  return regexSitesOf(path).filter(
    (s): s is RegexSite & { readonly source: string } => s.source !== null && s.line >= from && s.line <= to
  )
}
