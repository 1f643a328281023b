/**
 * `cchc rules [ID]`: the rule pack at a glance, or one rule's
 * documentation, generated from the rules' metadata.
 *
 * @since 0.1.0
 */
import { ALL_RULES, type RuleMeta } from "@cchc/rules"
import { choiceOption, colourFlag, COMMON_OPTIONS, parseCommandArgs } from "../args.js"
import { didYouMean } from "@cchc/rules"
import { UsageError } from "../errors.js"
import { catalogue } from "../messages/catalogue.js"
import { DEFAULT_LOCALE, type Locale } from "../messages/locale.js"
import { useColour, type CliIO } from "../io.js"
import { palette, type Palette } from "../reporters/colours.js"
import { ruleDocsUrl } from "../reporters/lint-report.js"

const OPTIONS = { ...COMMON_OPTIONS, format: { type: "string", short: "f" } } as const

/**
 * The rule table: id, category, severity in each preset, fix tier and
 * description, one rule per line, with headings in `locale` (Vietnamese by
 * default). Descriptions are shown as the rule metadata has them: in
 * English, the only language rule metadata has a description in.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { ALL_RULES } from "@cchc/rules"
 * import { formatRuleTable, palette } from "@cchc/cli"
 * formatRuleTable(ALL_RULES.map((r) => r.meta), palette(false), "en").split("\n")[0]
 * // "RULE  CATEGORY  RECOMMENDED  STRICT  FIX  DESCRIPTION" (padded)
 * ```
 */
export const formatRuleTable = (
  metas: ReadonlyArray<RuleMeta<unknown>>,
  c: Palette,
  locale: Locale = DEFAULT_LOCALE
): string => {
  const t = catalogue(locale)
  const rows = metas.map((m) => [
    m.id,
    m.category,
    m.presets.recommended ?? "-",
    m.presets.strict ?? m.presets.recommended ?? "-",
    m.fixable === "none" ? "-" : t.fixLabel[m.fixable],
    m.description
  ])
  const header = t.ruleTableHeader
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: ReadonlyArray<string>) =>
    cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ")
  const severity = (s: string) =>
    s === "error" ? c.red(s) : s === "warning" ? c.yellow(s) : s === "info" ? c.blue(s) : c.dim(s)
  const body = rows.map((r) => {
    const cells = r.map((cell, i) => cell.padEnd(i === r.length - 1 ? 0 : widths[i]!))
    return [c.bold(cells[0]!), cells[1]!, severity(cells[2]!), severity(cells[3]!), cells[4]!, r[5]!].join(
      "  "
    )
  })
  return `${c.bold(line(header))}\n${body.join("\n")}\n\n${t.ruleCount(metas.length)}\n`
}

/**
 * One rule's documentation for a terminal: what it checks and why, where
 * it applies, its presets and fix tier, its messages, options and examples.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { ALL_RULES } from "@cchc/rules"
 * import { formatRuleDoc, palette } from "@cchc/cli"
 * formatRuleDoc(ALL_RULES[0]!.meta, palette(false)).startsWith("not-a-document") // true
 * ```
 */
export const formatRuleDoc = (meta: RuleMeta<unknown>, c: Palette): string => {
  const out: Array<string> = [c.bold(meta.id), "", meta.description, ""]
  const field = (name: string, value: string) => out.push(`${`${name}:`.padEnd(13)} ${value}`)
  field("Category", meta.category)
  field("Applies to", meta.appliesTo === "all" ? "all documents" : meta.appliesTo.join(", "))
  field("Source", meta.source)
  field("Recommended", meta.presets.recommended ?? "off")
  field("Strict", meta.presets.strict ?? meta.presets.recommended ?? "off")
  field(
    "Fix",
    meta.fixable === "safe"
      ? "safe (applied by --fix)"
      : meta.fixable === "suggestion"
        ? "suggestion (never applied automatically)"
        : "none"
  )
  field("Docs", ruleDocsUrl(meta.id))
  out.push("", c.bold("Messages"))
  for (const [id, message] of Object.entries(meta.messages))
    out.push(`  ${c.dim(id)}`, `    ${message.vi}`, `    ${c.dim(message.en)}`)
  const options = meta.defaultOptions
  if (options !== null && typeof options === "object" && Object.keys(options).length > 0) {
    out.push(
      "",
      c.bold("Options (defaults)"),
      ...JSON.stringify(options, null, 2)
        .split("\n")
        .map((l) => `  ${l}`)
    )
  }
  const example = (title: string, texts: ReadonlyArray<string>, mark: (s: string) => string) => {
    if (texts.length === 0) return
    out.push("", c.bold(title))
    for (const text of texts) out.push(...text.split("\n").map((l) => `  ${mark("│")} ${l}`), "")
  }
  example("Passes", meta.examples.valid, c.green)
  example("Fails", meta.examples.invalid, c.red)
  return `${out.join("\n").replace(/\n+$/, "")}\n`
}

/**
 * Runs `cchc rules` and returns its exit code.
 *
 * @since 0.1.0
 * @category commands
 * @example
 * ```ts
 * import { memoryIO, runCli } from "@cchc/cli"
 * const io = memoryIO(process.cwd())
 * await runCli(["rules", "--format", "json"], io) // 0
 * JSON.parse(io.output())[0].id // "not-a-document"
 * ```
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIO): Promise<number> => {
  const { values, positionals } = parseCommandArgs("rules", argv, OPTIONS, io.locale)
  const format = choiceOption("--format", values.format, ["text", "json"] as const, "text")
  if (positionals.length > 1) throw new UsageError("rules takes at most one rule ID")
  const c = palette(format === "text" && useColour(io.stdout, io.env, colourFlag(values)))
  const metas = ALL_RULES.map((r) => r.meta as RuleMeta<unknown>)
  const id = positionals[0]
  if (id === undefined) {
    io.stdout.write(
      format === "json"
        ? `${JSON.stringify(
            metas.map((m) => ({ ...m, docs: ruleDocsUrl(m.id) })),
            null,
            2
          )}\n`
        : formatRuleTable(metas, c, io.locale)
    )
    return 0
  }
  const meta = metas.find((m) => m.id === id)
  if (meta === undefined) {
    throw new UsageError(
      `unknown rule '${id}'${didYouMean(
        id,
        metas.map((m) => m.id)
      )}; 'cchc rules' lists them`
    )
  }
  io.stdout.write(
    format === "json"
      ? `${JSON.stringify({ ...meta, docs: ruleDocsUrl(meta.id) }, null, 2)}\n`
      : formatRuleDoc(meta, c)
  )
  return 0
}
