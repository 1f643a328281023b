/**
 * Every string the CLI itself prints (help, the stylish summary, the
 * framing of usage and input errors, the rule table), in Vietnamese and
 * English. Rule messages come from the rules (`message` in Vietnamese,
 * `messageEn` in English); rule descriptions exist in English only, so
 * both catalogues show them as they are.
 *
 * @since 0.1.0
 */
import type { Locale } from "./locale.js"

/**
 * The names of the commands.
 *
 * @since 0.1.0
 * @category help
 */
export type CommandName = "lint" | "parse" | "render" | "convert" | "rules" | "init"

/**
 * The strings of one language.
 *
 * @since 0.1.0
 * @category locale
 */
export interface Catalogue {
  /** What `cchc --help` prints. */
  readonly mainUsage: string
  /** What `cchc <command> --help` prints. */
  readonly commandUsage: Readonly<Record<CommandName, string>>
  /** The stylish summary when nothing was found: `✔ 2 files checked: no problems`. */
  readonly noProblems: (files: number) => string
  /** The stylish summary line of the findings. */
  readonly problems: (counts: {
    readonly total: number
    readonly errors: number
    readonly warnings: number
    readonly infos: number
    readonly withProblems: number
    readonly files: number
  }) => string
  /** How many findings `--fix` would remove. */
  readonly fixable: (errors: number, warnings: number) => string
  /** How many files `--fix` rewrote. */
  readonly filesFixed: (files: number) => string
  /** Marks a file that `--fix` rewrote. */
  readonly fixedMark: string
  /** The rule shown for a message about unusable input. */
  readonly inputRule: string
  /** The line under a usage error. */
  readonly usageHint: (command: string) => string
  /** The line under an unknown command or option. */
  readonly commandsHint: string
  readonly unknownCommand: (name: string) => string
  readonly unknownOption: (name: string) => string
  readonly unknownCommandOption: (option: string, command: string) => string
  readonly needsValue: (option: string) => string
  readonly needsDashValue: (option: string) => string
  readonly badLocale: (value: string) => string
  readonly internalError: (message: string) => string
  /** Prefix of the configuration files listed by `--debug`. */
  readonly configuration: string
  /** The column titles of the rule table. */
  readonly ruleTableHeader: readonly [string, string, string, string, string, string]
  readonly fixLabel: { readonly safe: string; readonly suggestion: string }
  /** The line under the rule table. */
  readonly ruleCount: (rules: number) => string
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`

/**
 * English.
 *
 * @since 0.1.0
 * @category locale
 */
export const EN: Catalogue = {
  mainUsage: `Usage: cchc <command> [options]

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
  --locale vi|en             language of the output (default vi; or the CCHC_LOCALE variable)
  --color, --no-color        force or disable colours (NO_COLOR is respected)

Exit codes: 0 clean, 1 lint errors (or too many warnings), 2 usage or input errors.
`,
  commandUsage: {
    lint: `Usage: cchc lint [PATH|GLOB]... [options]

Checks documents (.txt, .md, .docx, .pdf) against the Nghị định 30/2020 rule pack.
A .pdf is read through its text layer (a scan without one is reported; no OCR).
Folders are searched recursively; quote globs ('docs/**/*.txt'). Several files
are also checked against each other (one number cited with different kinds or
dates).

Options:
  -f, --format FMT           stylish (default), json, sarif or github
  -o, --output-file FILE     write the report to FILE instead of standard output
  --fix                      apply the safe fixes to .txt and .md files; a .docx gets a fixed copy
                             (FILE.fixed.docx), a .pdf is never rewritten
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
  --locale vi|en             language of the output (default vi)
  --color, --no-color        force or disable colours
  -h, --help                 show this help
`,
    parse: `Usage: cchc parse FILE... [options]

Parses documents and prints what was read.

Options:
  -f, --format FMT           json (default: the JSON contract of the Document; an array for several files) or text
  --convert-legacy           convert TCVN3 / VNI text to Unicode before parsing
  --max-file-size MB         refuse larger files (default 10)
  --locale vi|en             language of the output (default vi)
  -h, --help                 show this help
`,
    render: `Usage: cchc render SPEC.json --to txt|md|html|docx [-o OUT]

Builds a Decree-30 document from a JSON spec (the DocumentSpec of @cchc/core,
docs/document-spec.schema.json), or from the JSON that cchc parse --format json
prints. Unknown keys are errors.

Options:
  -t, --to FMT               txt, md, html or docx (default: from the extension of OUT)
  -o, --output FILE          where to write (standard output for txt, md and html when omitted)
  --locale vi|en             language of the output (default vi)
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
  --locale vi|en             language of the output (default vi)
  -h, --help                 show this help
`,
    rules: `Usage: cchc rules [ID] [options]

Lists the rules with their presets and fix tiers, or shows one rule's documentation.
Rule descriptions exist in English only; messages exist in Vietnamese and English.

Options:
  -f, --format FMT           text (default) or json
  --locale vi|en             language of the output (default vi)
  --color, --no-color        force or disable colours
  -h, --help                 show this help
`,
    init: `Usage: cchc init [options]

Writes a starter cchc.config.json in the current folder.

Options:
  --preset NAME              recommended (default), strict or all
  --force                    overwrite an existing cchc.config.json
  --locale vi|en             language of the output (default vi)
  -h, --help                 show this help
`
  },
  noProblems: (files) => `✔ ${plural(files, "file")} checked: no problems`,
  problems: (n) =>
    `✖ ${plural(n.total, "problem")} (${[plural(n.errors, "error"), plural(n.warnings, "warning"), ...(n.infos > 0 ? [`${n.infos} info`] : [])].join(", ")}) in ${plural(n.withProblems, "file")} of ${n.files}`,
  fixable: (errors, warnings) =>
    `  ${plural(errors, "error")} and ${plural(warnings, "warning")} can be fixed with the --fix option.`,
  filesFixed: (files) => `  ${plural(files, "file")} fixed.`,
  fixedMark: " (fixed)",
  inputRule: "input",
  usageHint: (command) => `Run 'cchc ${command} --help' for usage.`,
  commandsHint: "Run 'cchc --help' for the commands.",
  unknownCommand: (name) => `unknown command '${name}'`,
  unknownOption: (name) => `unknown option ${name}`,
  unknownCommandOption: (option, command) => `unknown option ${option} for 'cchc ${command}'`,
  needsValue: (option) => `${option} needs a value`,
  needsDashValue: (option) => `${option} needs a value; write a value that starts with '-' as ${option}=-1`,
  badLocale: (value) => `--locale must be one of vi, en; got '${value}'`,
  internalError: (message) => `internal error: ${message}`,
  configuration: "Configuration",
  ruleTableHeader: ["RULE", "CATEGORY", "RECOMMENDED", "STRICT", "FIX", "DESCRIPTION"],
  fixLabel: { safe: "safe fix", suggestion: "suggestion" },
  ruleCount: (rules) => `${plural(rules, "rule")}. 'cchc rules ID' shows one rule's documentation.`
}

/**
 * Vietnamese, the default. Vietnamese has no plural ending, so counts
 * read the same for one and for many.
 *
 * @since 0.1.0
 * @category locale
 */
export const VI: Catalogue = {
  mainUsage: `Cách dùng: cchc <lệnh> [tùy chọn]

Kiểm tra, sửa, đọc và soạn văn bản hành chính (Nghị định 30/2020/NĐ-CP).

Các lệnh:
  lint [ĐƯỜNG-DẪN|MẪU]...    kiểm tra văn bản .txt, .md, .docx và .pdf (mặc định: thư mục hiện tại)
  parse TỆP...               in văn bản đã đọc (hợp đồng JSON hoặc bản tóm tắt)
  render SPEC.json --to ĐD   soạn văn bản từ đặc tả JSON hoặc JSON của parse (txt, md, html, docx)
  convert TỆP --to ĐD        in lại một văn bản theo thể thức Nghị định 30 (txt, md, html, docx)
  rules [MÃ]                 liệt kê các quy tắc, hoặc xem tài liệu của một quy tắc
  init                       tạo tệp cchc.config.json ban đầu

Tùy chọn:
  -h, --help                 xem hướng dẫn (hoặc: cchc <lệnh> --help)
  -v, --version              in phiên bản
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi; hoặc biến môi trường CCHC_LOCALE)
  --color, --no-color        bật hoặc tắt màu (tôn trọng NO_COLOR)

Mã thoát: 0 không có lỗi, 1 có lỗi (hoặc quá nhiều cảnh báo), 2 lỗi cách dùng hoặc lỗi đầu vào.
`,
  commandUsage: {
    lint: `Cách dùng: cchc lint [ĐƯỜNG-DẪN|MẪU]... [tùy chọn]

Kiểm tra văn bản (.txt, .md, .docx, .pdf) theo bộ quy tắc của Nghị định 30/2020.
Tệp .pdf được đọc qua lớp chữ (bản quét không có lớp chữ sẽ được báo; không nhận dạng ký tự).
Thư mục được tìm đệ quy; đặt mẫu trong dấu nháy ('docs/**/*.txt'). Nhiều tệp
còn được đối chiếu với nhau (một số hiệu được trích với loại hoặc ngày khác nhau).

Tùy chọn:
  -f, --format ĐD            stylish (mặc định), json, sarif hoặc github
  -o, --output-file TỆP      ghi báo cáo vào TỆP thay vì đầu ra chuẩn
  --fix                      áp dụng các bản sửa an toàn cho tệp .txt và .md; tệp .docx được ghi một bản
                             sửa (FILE.fixed.docx), tệp .pdf không bao giờ bị ghi lại
  --fix-dir DIR              với --fix, ghi bản sửa của tệp .docx vào thư mục DIR thay vì cạnh tệp gốc
  --fix-hard-links           với --fix, ghi cả vào tệp có nhiều liên kết cứng thay vì bỏ qua
  --max-warnings N           thoát với mã 1 khi có hơn N cảnh báo
  --quiet                    chỉ báo lỗi
  --debug                    in thêm các tệp cấu hình đã dùng (stylish)
  -c, --config TỆP           dùng cấu hình này thay vì tìm cchc.config.json
  --rule MÃ:MỨC              đặt lại mức của một quy tắc (off, info, warning, error); lặp lại được
  --concurrency N|auto       kiểm tra trên N luồng (mặc định 1)
  --cache                    dùng lại kết quả của tệp không đổi (theo nội dung và cấu hình)
  --cache-location ĐƯỜNG-DẪN tệp bộ nhớ đệm (mặc định .cchc-cache/lint.json)
  --baseline TỆP             chỉ báo các phát hiện chưa ghi trong TỆP; ghi chúng khi TỆP chưa có
  --update-baseline          ghi lại baseline với các phát hiện hôm nay
  --convert-legacy           chuyển văn bản TCVN3 / VNI sang Unicode trước khi kiểm tra (trong bộ nhớ)
  --max-file-size MB         từ chối tệp lớn hơn (mặc định 10)
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  --color, --no-color        bật hoặc tắt màu
  -h, --help                 xem hướng dẫn này
`,
    parse: `Cách dùng: cchc parse TỆP... [tùy chọn]

Đọc văn bản và in những gì đọc được.

Tùy chọn:
  -f, --format ĐD            json (mặc định: hợp đồng JSON của Document; một mảng khi có nhiều tệp) hoặc text
  --convert-legacy           chuyển văn bản TCVN3 / VNI sang Unicode trước khi đọc
  --max-file-size MB         từ chối tệp lớn hơn (mặc định 10)
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  -h, --help                 xem hướng dẫn này
`,
    render: `Cách dùng: cchc render SPEC.json --to txt|md|html|docx [-o TỆP-RA]

Soạn văn bản theo thể thức Nghị định 30 từ đặc tả JSON (DocumentSpec của @cchc/core,
docs/document-spec.schema.json), hoặc từ JSON mà cchc parse --format json in ra.
Khóa không được biết là lỗi.

Tùy chọn:
  -t, --to ĐD                txt, md, html hoặc docx (mặc định: theo phần mở rộng của TỆP-RA)
  -o, --output TỆP           nơi ghi (đầu ra chuẩn cho txt, md và html khi bỏ trống)
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  -h, --help                 xem hướng dẫn này
`,
    convert: `Cách dùng: cchc convert TỆP --to docx|txt|md|html [-o TỆP-RA] [--fix]

Đọc văn bản .txt, .md, .docx hoặc .pdf và in lại theo thể thức Nghị định 30:
đọc, chuyển thành DocumentSpec, rồi kết xuất. Những gì đặc tả không mang theo
được sẽ được ghi chú trên đầu ra lỗi chuẩn.

Tùy chọn:
  -t, --to ĐD                docx, txt, md hoặc html (mặc định: theo phần mở rộng của TỆP-RA)
  -o, --output TỆP           nơi ghi (đầu ra chuẩn cho txt, md và html khi bỏ trống)
  --fix                      áp dụng trước các bản sửa an toàn của bộ recommended
  --convert-legacy           chuyển văn bản TCVN3 / VNI sang Unicode trước khi đọc
  --max-file-size MB         từ chối tệp lớn hơn (mặc định 10)
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  -h, --help                 xem hướng dẫn này
`,
    rules: `Cách dùng: cchc rules [MÃ] [tùy chọn]

Liệt kê các quy tắc với bộ quy tắc và mức sửa, hoặc xem tài liệu của một quy tắc.
Mô tả quy tắc hiện chỉ có bằng tiếng Anh; thông điệp có cả tiếng Việt và tiếng Anh.

Tùy chọn:
  -f, --format ĐD            text (mặc định) hoặc json
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  --color, --no-color        bật hoặc tắt màu
  -h, --help                 xem hướng dẫn này
`,
    init: `Cách dùng: cchc init [tùy chọn]

Tạo tệp cchc.config.json ban đầu trong thư mục hiện tại.

Tùy chọn:
  --preset TÊN               recommended (mặc định), strict hoặc all
  --force                    ghi đè tệp cchc.config.json đã có
  --locale vi|en             ngôn ngữ hiển thị (mặc định vi)
  -h, --help                 xem hướng dẫn này
`
  },
  noProblems: (files) => `✔ Đã kiểm tra ${files} tệp: không có vấn đề`,
  problems: (n) =>
    `✖ ${n.total} vấn đề (${[`${n.errors} lỗi`, `${n.warnings} cảnh báo`, ...(n.infos > 0 ? [`${n.infos} thông tin`] : [])].join(", ")}) trong ${n.withProblems} tệp trên ${n.files}`,
  fixable: (errors, warnings) => `  ${errors} lỗi và ${warnings} cảnh báo có thể sửa bằng tùy chọn --fix.`,
  filesFixed: (files) => `  Đã sửa ${files} tệp.`,
  fixedMark: " (đã sửa)",
  inputRule: "đầu vào",
  usageHint: (command) => `Chạy 'cchc ${command} --help' để xem cách dùng.`,
  commandsHint: "Chạy 'cchc --help' để xem các lệnh.",
  unknownCommand: (name) => `không có lệnh '${name}'`,
  unknownOption: (name) => `không có tùy chọn ${name}`,
  unknownCommandOption: (option, command) => `'cchc ${command}' không có tùy chọn ${option}`,
  needsValue: (option) => `${option} cần một giá trị`,
  needsDashValue: (option) => `${option} cần một giá trị; giá trị bắt đầu bằng '-' viết là ${option}=-1`,
  badLocale: (value) => `--locale phải là vi hoặc en; nhận được '${value}'`,
  internalError: (message) => `lỗi nội bộ: ${message}`,
  configuration: "Cấu hình",
  ruleTableHeader: ["QUY TẮC", "NHÓM", "RECOMMENDED", "STRICT", "SỬA", "MÔ TẢ (tiếng Anh)"],
  fixLabel: { safe: "sửa an toàn", suggestion: "gợi ý" },
  ruleCount: (rules) => `${rules} quy tắc. 'cchc rules MÃ' hiển thị tài liệu của một quy tắc.`
}

/**
 * The catalogue of `locale`.
 *
 * @since 0.1.0
 * @category locale
 * @example
 * ```ts
 * import { catalogue } from "@cchc/cli"
 * catalogue("en").noProblems(1) // "✔ 1 file checked: no problems"
 * catalogue("vi").noProblems(1) // "✔ Đã kiểm tra 1 tệp: không có vấn đề"
 * ```
 */
export const catalogue = (locale: Locale): Catalogue => (locale === "en" ? EN : VI)
