/**
 * The rule docs pages, rendered from each rule's metadata and examples, so
 * that the docs cannot drift from the rules.
 *
 * @since 0.1.0
 */
import { REGIME_KINDS, regimeEntry } from "@cchc/core"
import type { Rule } from "../rule.js"
import { lintWithRule } from "../testing/rule-case.js"

/** The "today" used to lint the examples, so that pages are stable. */
export const DOCS_TODAY = "2026-01-15"

const CATEGORY: Readonly<Record<string, string>> = {
  document: "Văn bản (document)",
  layout: "Thể thức (layout)",
  numbering: "Số, ký hiệu và đánh số (numbering)",
  signature: "Chữ ký, thẩm quyền ký (signature)",
  recipients: "Nơi nhận, Kính gửi (recipients)",
  citation: "Viện dẫn văn bản (citation)",
  content: "Nội dung (content)",
  language: "Ngôn ngữ (language)",
  era: "Sắp xếp bộ máy 2025 (era)"
}

const FIXABLE: Readonly<Record<string, string>> = {
  safe: "yes: safe fixes, applied by `--fix`",
  suggestion: "suggestions only (offered, never applied automatically)",
  none: "no (legal substance is left to the author)"
}

const fence = (text: string, lang = "text"): string => `\`\`\`${lang}\n${text}\n\`\`\``
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ")

const exampleBlock = (rule: Rule<any>, text: string, invalid: boolean): string => {
  const lines = [fence(text)]
  if (invalid) {
    const found = lintWithRule(rule, text, undefined, DOCS_TODAY).diagnostics
    lines.push(
      "",
      ...found.map(
        (d) =>
          `- line ${d.span.start.line}, column ${d.span.start.column}, \`${d.messageId}\`${d.fix ? ` (fix: ${d.fix.tier})` : ""}: ${d.message}`
      )
    )
  }
  return lines.join("\n")
}

/**
 * The Markdown page of one rule.
 *
 * @since 0.1.0
 * @category docs
 * @example
 * ```ts
 * import { renderRulePage, ALL_RULES } from "@cchc/rules"
 * renderRulePage(ALL_RULES[0]!).startsWith("# not-a-document") // true
 * ```
 */
export const renderRulePage = (rule: Rule<any>): string => {
  const m = rule.meta
  const appliesTo = m.appliesTo === "all" ? "every kind" : m.appliesTo.map((k) => `\`${k}\``).join(", ")
  const presets = [
    `recommended: ${m.presets.recommended ?? "off"}`,
    `strict: ${m.presets.strict ?? m.presets.recommended ?? "off"}`,
    `all: ${m.presets.strict ?? m.presets.recommended ?? m.presets.party ?? "info"}`,
    ...(m.presets.party ? [`party: ${m.presets.party}`] : [])
  ].join("; ")
  const named = (kinds: ReadonlyArray<string>) =>
    kinds.map((k) => `\`${k}\` (${regimeEntry(k as (typeof REGIME_KINDS)[number]).name})`).join(", ")
  const elsewhere = REGIME_KINDS.filter((k) => !m.regimes.includes(k) && k !== "copy")
  const regimes = `${named(m.regimes)}${
    m.regimes.includes("copy") ? "" : "; on a bản sao, the original is checked under its own regime"
  }${
    elsewhere.length === 0
      ? ""
      : `. Skipped as not-applicable on documents of ${named(elsewhere)}: the rule's source does not govern them`
  }`
  const parts: Array<string> = [
    `# ${m.id}`,
    "",
    "<!-- Generated from the rule's metadata by `pnpm run docs`; do not edit. -->",
    "",
    m.description,
    "",
    ...(m.details === undefined ? [] : [m.details, ""]),
    "| | |",
    "| --- | --- |",
    `| Category | ${cell(CATEGORY[m.category] ?? m.category)} |`,
    `| Applies to | ${cell(appliesTo)} |`,
    `| Regimes | ${cell(regimes)} |`,
    `| Source | ${cell(m.source)} |`,
    `| Presets | ${cell(presets)} |`,
    `| Fixable | ${cell(FIXABLE[m.fixable] ?? m.fixable)} |`,
    "",
    "## Messages",
    "",
    "| Id | Tiếng Việt | English |",
    "| --- | --- | --- |",
    ...Object.entries(m.messages).map(([id, msg]) => `| \`${id}\` | ${cell(msg.vi)} | ${cell(msg.en)} |`),
    "",
    "## Options",
    ""
  ]
  // An option may have no default (`signer-name`'s `allowAcademicTitles`
  // is read from the issuer when it is left out): the schema tells.
  const properties = (m.optionsSchema as { readonly properties?: Readonly<Record<string, unknown>> })
    .properties
  const hasOptions =
    (typeof m.defaultOptions === "object" &&
      m.defaultOptions !== null &&
      Object.keys(m.defaultOptions).length > 0) ||
    (properties !== undefined && Object.keys(properties).length > 0)
  if (hasOptions) {
    parts.push(
      "Defaults:",
      "",
      fence(JSON.stringify(m.defaultOptions, null, 2), "json"),
      "",
      "Schema:",
      "",
      fence(JSON.stringify(m.optionsSchema, null, 2), "json"),
      "",
      "Set them in `cchc.config.json`:",
      "",
      fence(
        JSON.stringify(
          { rules: { [m.id]: { severity: m.presets.recommended ?? "warning", options: m.defaultOptions } } },
          null,
          2
        ),
        "json"
      )
    )
  } else {
    parts.push("None.")
  }
  if (m.notes !== undefined && m.notes.length > 0)
    parts.push("", "## Limits", "", ...m.notes.map((n) => `- ${n}`))
  parts.push("", "## Examples", "")
  if (m.examples.valid.length > 0) {
    parts.push("Correct:", "", ...m.examples.valid.flatMap((t) => [exampleBlock(rule, t, false), ""]))
  }
  if (m.examples.invalid.length > 0) {
    parts.push("Incorrect:", "", ...m.examples.invalid.flatMap((t) => [exampleBlock(rule, t, true), ""]))
  }
  return `${parts.join("\n").trimEnd()}\n`
}

/**
 * The index page: every rule with its category, preset severities and
 * whether it can fix.
 *
 * @since 0.1.0
 * @category docs
 * @example
 * ```ts
 * import { renderRuleIndex, ALL_RULES } from "@cchc/rules"
 * renderRuleIndex(ALL_RULES).includes("[document-number](document-number.md)") // true
 * ```
 */
export const renderRuleIndex = (rules: ReadonlyArray<Rule<any>>): string => {
  const rows = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => {
      const m = r.meta
      return `| [${m.id}](${m.id}.md) | ${cell(m.category)} | ${m.presets.recommended ?? "off"} | ${m.presets.strict ?? m.presets.recommended ?? "off"} | ${m.fixable} | ${cell(m.description)} |`
    })
  return [
    "# Rules",
    "",
    "<!-- Generated from the rules' metadata by `pnpm run docs`; do not edit. -->",
    "",
    "The rule pack of `@cchc/rules` for Vietnamese administrative documents under Nghị định 30/2020/NĐ-CP.",
    "Presets: `recommended`, `strict` (recommended plus stricter rules) and `all` (every rule).",
    "A lint result also lists the rules that did not apply or could not be evaluated: no error does not mean fully conforming.",
    "",
    "| Rule | Category | Recommended | Strict | Fixable | Description |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    ""
  ].join("\n")
}

/**
 * Every docs file, keyed by file name (`README.md`, `<id>.md`).
 *
 * @since 0.1.0
 * @category docs
 * @example
 * ```ts
 * import { renderRuleDocs, ALL_RULES } from "@cchc/rules"
 * renderRuleDocs(ALL_RULES).has("README.md") // true
 * ```
 */
export const renderRuleDocs = (rules: ReadonlyArray<Rule<any>>): Map<string, string> =>
  new Map([
    ["README.md", renderRuleIndex(rules)],
    ...rules.map((r) => [`${r.meta.id}.md`, renderRulePage(r)] as const)
  ])
