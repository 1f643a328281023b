/**
 * `minutes-signers`: a Biên bản is signed by two people, the secretary
 * (`THƯ KÝ`, left) and the presiding officer (`CHỦ TỌA`, right), as in
 * Phụ lục III, Mẫu 1.9. Minutes of a hand-over or an inspection are
 * signed by the representatives of each side (`ĐẠI DIỆN BÊN GIAO`, `ĐẠI
 * DIỆN BÊN NHẬN`): two such lines pass too. Web copies put both roles on
 * one line or in table cells (`THƯ KÝ | CHỦ TỌA`): each role is counted
 * wherever it stands on a line of the foot.
 */
import { foldKey, isUpperCaseText } from "@cchc/core"
import { textLines } from "../internal/text.js"
import { defineRule } from "../rule.js"

// The roles that sign a biên bản, as folded keys.
const ROLES = ["thư ký", "chủ tọa", "chủ trì", "người ghi biên bản", "đại diện"]
// How many lines from the end the signatures are looked for in.
const FOOT_LINES = 30
// Emphasis and table marks of web copies.
const MARKS = /[*|_]/gu

/** How many signing roles a line names (`THƯ KÝ   CHỦ TỌA` names two). */
const rolesIn = (line: string): number => {
  const key = ` ${foldKey(line.replace(MARKS, " "))} `
  let count = 0
  for (const role of ROLES) {
    let at = key.indexOf(` ${role} `)
    while (at !== -1) {
      count++
      at = key.indexOf(` ${role} `, at + role.length + 1)
    }
  }
  return count
}

export default defineRule({
  meta: {
    id: "minutes-signers",
    description:
      "A Biên bản is signed by two people: THƯ KÝ on the left and CHỦ TỌA on the right (or the representatives of each side).",
    category: "signature",
    appliesTo: ["BB"],
    regimes: ["state", "socio-political"],
    source: "NĐ 30/2020, Phụ lục III, Mẫu 1.9 (THƯ KÝ, CHỦ TỌA)",
    presets: { recommended: "warning" },
    fixable: "none",
    messages: {
      oneSigner: {
        vi: 'Biên bản có hai người ký: "THƯ KÝ" bên trái và "CHỦ TỌA" bên phải, mỗi người ghi họ tên (Phụ lục III, Mẫu 1.9).',
        en: 'Minutes are signed by two people: "THƯ KÝ" on the left and "CHỦ TỌA" on the right, each with a name (Appendix III, form 1.9).'
      }
    },
    notes: [
      "A Biên bản has no place-date line in its header (Mẫu 1.9): `place-date` skips it.",
      "Only role lines in upper case are counted: `Thư ký: bà …` in the body names who took the minutes, not a signature."
    ],
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "Số: 05/BB-UBND\n\nBIÊN BẢN\nHọp giao ban tháng 7 năm 2025\n\nCuộc họp kết thúc vào 11 giờ 00 cùng ngày./.\n\nTHƯ KÝ                CHỦ TỌA\n\nNguyễn Thị Lan        Trần Văn Nam"
      ],
      invalid: [
        "Số: 05/BB-UBND\n\nBIÊN BẢN\nHọp giao ban tháng 7 năm 2025\n\nCuộc họp kết thúc vào 11 giờ 00 cùng ngày./.\n\nCHỦ TỌA\n\nTrần Văn Nam"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const lines = textLines(text).filter((l) => l.text.trim().length > 0)
    const bodyStart = document.body?.span.start.offset ?? document.title?.span.end.offset ?? 0
    const foot = lines.slice(-FOOT_LINES).filter((l) => l.start >= bodyStart)
    const roleLines = foot.filter((l) => isUpperCaseText(l.text.replace(MARKS, " ").trim()))
    const count = roleLines.reduce((n, l) => n + rolesIn(l.text), 0)
    if (count >= 2) return
    const anchor = roleLines.find((l) => rolesIn(l.text) > 0) ?? document.signature?.lines[0]
    const span =
      anchor === undefined
        ? (document.signature?.span ?? document.title?.span ?? document.span)
        : "span" in anchor
          ? anchor.span
          : context.span(anchor.start, anchor.end)
    context.report({ messageId: "oneSigner", span })
  }
})
