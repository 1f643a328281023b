/**
 * Usage texts of `cchc` and its commands. Kept apart from the commands so
 * that `--help` loads nothing else.
 *
 * @since 0.1.0
 */

/**
 * The names of the commands.
 *
 * @since 0.1.0
 * @category help
 */
export type CommandName = "lint" | "parse" | "render" | "convert" | "rules" | "init"

/**
 * What `cchc --help` prints.
 *
 * @since 0.1.0
 * @category help
 */
export const MAIN_USAGE = `Usage: cchc <command> [options]

Check, fix, read and write Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP).

Commands:
  lint [PATH|GLOB]...        check .txt, .md, .docx and .pdf documents (default: the current folder)
  parse FILE...              print the parsed document (JSON contract or a summary)
  render SPEC.json --to FMT  build a document from a JSON spec or parse JSON (txt, md, html, docx)
  convert FILE --to FMT      print a document again as a Decree-30 document (txt, md, html, docx)
  rules [ID]                 list the rules, or show one rule's documentation
  init                       write a starter cchc.config.json

Options:
  -h, --help                 show help (also: cchc <command> --help)
  -v, --version              print the version
  --color, --no-color        force or disable colours (NO_COLOR is respected)

Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 usage or input errors.
`

/**
 * What `cchc <command> --help` prints.
 *
 * @since 0.1.0
 * @category help
 */
export const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  lint: `Usage: cchc lint [PATH|GLOB]... [options]

Checks documents (.txt, .md, .docx, .pdf) against the Nghị định 30/2020 rule pack.
A .pdf is read through its text layer (a scan without one is reported; no OCR).
Folders are searched recursively; quote globs ('docs/**/*.txt'). Several files
are also checked against each other (one number cited with different kinds or
dates).

Options:
  -f, --format FMT           stylish (default), json, sarif or github
  -o, --output-file FILE     write the report to FILE instead of standard output
  --fix                      apply the safe fixes to .txt and .md files (a .docx or .pdf is never rewritten)
  --fix-dir DIR              with --fix, write the fixed copy of a .docx into DIR instead of beside it
  --fix-hard-links           with --fix, write into a file that has several hard links instead of skipping it
  --max-warnings N           exit 1 when there are more than N warnings
  --quiet                    report errors only
  --debug                    also print which configuration files were used (stylish)
  -c, --config FILE          use this configuration instead of looking for cchc.config.json
  --rule ID:SEVERITY         override a rule (off, info, warning, error); repeatable
  --concurrency N|auto       lint on N worker threads (default 1)
  --cache                    reuse results of unchanged files (keyed by content and configuration)
  --cache-location PATH      cache file (default .cchc-cache/lint.json)
  --baseline FILE            report only findings not recorded in FILE; records them when FILE is missing
  --update-baseline          rewrite the baseline with today's findings
  --convert-legacy           convert TCVN3 / VNI text to Unicode before linting (in memory)
  --max-file-size MB         refuse larger files (default 10)
  --color, --no-color        force or disable colours
  -h, --help                 show this help
`,
  parse: `Usage: cchc parse FILE... [options]

Parses documents and prints what was read.

Options:
  -f, --format FMT           json (default: the JSON contract of the Document; an array for several files) or text
  --convert-legacy           convert TCVN3 / VNI text to Unicode before parsing
  --max-file-size MB         refuse larger files (default 10)
  -h, --help                 show this help
`,
  render: `Usage: cchc render SPEC.json --to txt|md|html|docx [-o OUT]

Builds a Decree-30 document from a JSON spec (the DocumentSpec of @cchc/core,
docs/document-spec.schema.json), or from the JSON that cchc parse --format json
prints. Unknown keys are errors.

Options:
  -t, --to FMT               txt, md, html or docx (default: from the extension of OUT)
  -o, --output FILE          where to write (standard output for txt, md and html when omitted)
  -h, --help                 show this help
`,
  convert: `Usage: cchc convert FILE --to docx|txt|md|html [-o OUT] [--fix]

Reads a .txt, .md, .docx or .pdf document and prints it again as a Decree-30
document: parse, then a DocumentSpec, then the renderer. What the spec cannot
carry over is noted on standard error.

Options:
  -t, --to FMT               docx, txt, md or html (default: from the extension of OUT)
  -o, --output FILE          where to write (standard output for txt, md and html when omitted)
  --fix                      apply the safe fixes of the recommended preset to the text first
  --convert-legacy           convert TCVN3 / VNI text to Unicode before parsing
  --max-file-size MB         refuse larger files (default 10)
  -h, --help                 show this help
`,
  rules: `Usage: cchc rules [ID] [options]

Lists the rules with their presets and fix tiers, or shows one rule's documentation.

Options:
  -f, --format FMT           text (default) or json
  --color, --no-color        force or disable colours
  -h, --help                 show this help
`,
  init: `Usage: cchc init [options]

Writes a starter cchc.config.json in the current folder.

Options:
  --preset NAME              recommended (default), strict or all
  --force                    overwrite an existing cchc.config.json
  -h, --help                 show this help
`
}
