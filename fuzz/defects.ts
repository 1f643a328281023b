/**
 * Defects that real documents carry, as edits of a clean text: shared by
 * the fuzzer (as mutations) and the benchmark corpus (as realistic
 * findings for the linter to report).
 */

/** What a real clerk or a converter gets wrong; each is one edit of a clean text. */
export type Defect = (text: string, pick: number) => string

export const replaceNth = (
  text: string,
  pattern: RegExp,
  pick: number,
  replace: (m: RegExpExecArray) => string
): string => {
  const matches = [
    ...text.matchAll(
      new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g")
    )
  ]
  if (matches.length === 0) return text
  const m = matches[pick % matches.length]!
  return text.slice(0, m.index) + replace(m) + text.slice(m.index + m[0].length)
}

/**
 * Defects seen in real documents: unpadded numbers and padded months, a
 * mangled Nơi nhận label, a missing end mark, common misspellings,
 * Markdown bold from a chat tool, CRLF and a BOM from Windows editors,
 * spreadsheet formulas pasted from a table, and a header table flattened
 * row by row instead of column by column.
 */
export const DEFECTS: Record<string, Defect> = {
  unpaddedNumber: (t) => t.replace(/Số: 0(\d)\//u, "Số: $1/"),
  paddedMonth: (t, k) => replaceNth(t, /tháng ([3-9])\b/u, k, (m) => `tháng 0${m[1]}`),
  recipientsLabel: (t, k) =>
    t.replace("Nơi nhận:", ["Noi nhận", "Nơi nhận", "NƠI NHẬN:", "Nơi nhân:"][k % 4]!),
  noEndMark: (t) => t.replace("./.", "."),
  misspelling: (t, k) =>
    replaceNth(
      t,
      /cập nhật|bổ sung|đẩy mạnh|xử lý|sáp nhập|đề xuất/u,
      k,
      (m) =>
        ({
          "cập nhật": "cập nhập",
          "bổ sung": "bổ xung",
          "đẩy mạnh": "đầy mạnh",
          "xử lý": "sử lý",
          "sáp nhập": "sát nhập",
          "đề xuất": "đề suất"
        })[m[0]]!
    ),
  markdownBold: (t) => t.replace(/^(BÁO CÁO|KẾ HOẠCH|QUYẾT ĐỊNH|TỜ TRÌNH|THÔNG BÁO)$/mu, "**$1**"),
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  bom: (t) => "\uFEFF" + t,
  formula: (t, k) =>
    replaceNth(
      t,
      /\n\n/u,
      k,
      () =>
        [
          "\n\n=SUM(C3:C12)\n\n",
          '\n\n=IF(B4>=95%;"Đạt";"Không đạt")\n\n',
          "\n\n$\\frac{215}{220} \\times 100\\%$\n\n"
        ][k % 3]!
    ),
  flattenedHeader: (t) => flattenHeader(t),
  doubleSpaces: (t, k) => replaceNth(t, / (?=\p{Ll})/u, k, () => "  "),
  zeroWidth: (t, k) => replaceNth(t, /\p{L}\p{L}/u, k, (m) => `${m[0][0]}\u200B${m[0].slice(1)}`),
  decomposed: (t) => t.normalize("NFD")
}

// Word tables reach text either column by column (the issuer column, then
// the national header column) or row by row with the cells of a row on one
// line. The examples are column by column; this turns the header into the
// other form.
export const flattenHeader = (text: string): string => {
  const lines = text.split("\n")
  const country = lines.findIndex((l) => l.startsWith("CỘNG HÒA"))
  if (country <= 0) return text
  const left = lines.slice(0, country).filter((l) => l.trim().length > 0)
  const rightEnd = lines.findIndex((l, i) => i > country && /, ngày /u.test(l))
  if (rightEnd === -1) return text
  const right = lines.slice(country, rightEnd + 1).filter((l) => l.trim().length > 0)
  const rows: Array<string> = []
  for (let i = 0; i < Math.max(left.length, right.length); i++)
    rows.push(`${left[i] ?? ""}\t${right[i] ?? ""}`.trim())
  return [...rows, ...lines.slice(rightEnd + 1)].join("\n")
}
