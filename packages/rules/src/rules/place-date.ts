/**
 * `place-date`: the place-and-date line (ô 4) is present and reads
 * `<Địa danh>, ngày DD tháng M năm YYYY`: day 1–9 and months 1–2 padded,
 * months 3–12 not, a real calendar date, not later than today.
 */
import { isoDate } from "@cchc/core"
import { describeDocumentDate, displayDate, documentDateRange } from "../internal/document-date.js"
import { firstTextLine, spanReads, textLines } from "../internal/text.js"
import type { TextEdit } from "../diagnostic.js"
import { defineRule } from "../rule.js"

// The parts of the line, with the positions of the digits (`d` flag). The
// blank class never overlaps the digits, so matching stays linear.
const PARTS = /ngày(?:[ ]*(\d{1,2}))?[ .…_]*tháng(?:[ ]*(\d{1,2}))?[ .…_]*năm(?:[ ]*(\d{4}))?/du
// A place-date line the parser could not read because the place is
// abbreviated (`TP. Hồ Chí Minh, ngày …`, `TX Đức Phổ, ngày …`). As in
// PARTS, the spaces before the day belong to it, so that they do not
// compete with the blanks when the day is left blank.
const ABBREVIATED =
  /^((?:TP|Tp|T\.P|TX|Tx|T\.X)\.?[ ]*\p{Lu}[^,\n]{0,50}),[ ]*ngày(?:[ ]*\d{1,2})?[ .…_]*tháng/u

const pad = (n: number) => String(n).padStart(2, "0")

export default defineRule({
  meta: {
    id: "place-date",
    description:
      "The place-and-date line is present and reads `<Place>, ngày DD tháng M năm YYYY` with a real date not later than today.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục I, mục II.4",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Thiếu địa danh và thời gian ban hành (ô 4): ghi "<Địa danh>, ngày 05 tháng 3 năm 2024" dưới Quốc hiệu và Tiêu ngữ.',
        en: 'The place-and-date line is missing: write "<Place>, ngày 05 tháng 3 năm 2024" under the national header.'
      },
      placeAbbreviated: {
        vi: 'Không viết tắt địa danh ở dòng ngày tháng: ghi đầy đủ (ví dụ "Thành phố Hồ Chí Minh"), không ghi "{actual}".',
        en: 'Do not abbreviate the place in the date line: write it in full (e.g. "Thành phố Hồ Chí Minh"), not "{actual}".'
      },
      missingPlace: {
        vi: 'Thiếu địa danh trước ngày tháng: ghi "<Địa danh>, {raw}" (địa danh nơi cơ quan đóng trụ sở).',
        en: 'The place is missing before the date: write "<Place>, {raw}".'
      },
      comma: {
        vi: 'Sau địa danh phải có dấu phẩy: "{place}, ngày …".',
        en: 'A comma follows the place: "{place}, ngày …".'
      },
      draft: {
        vi: 'Ngày ban hành còn để trống ({parts}) trong "{raw}": đây là dự thảo; ghi ngày ký khi phát hành.',
        en: 'The date is left blank ({parts}) in "{raw}": a draft; fill in the signing date on issue.'
      },
      dayUnpadded: {
        vi: 'Ngày từ 1 đến 9 phải có số 0 ở trước: "ngày {expected}" (đang viết "ngày {actual}").',
        en: 'Days 1–9 take a leading zero: "ngày {expected}" (written "ngày {actual}").'
      },
      monthUnpadded: {
        vi: 'Tháng 1 và tháng 2 phải có số 0 ở trước: "tháng {expected}" (đang viết "tháng {actual}").',
        en: 'Months 1 and 2 take a leading zero: "tháng {expected}" (written "tháng {actual}").'
      },
      monthPadded: {
        vi: 'Tháng từ 3 đến 12 không có số 0 ở trước: "tháng {expected}" (đang viết "tháng {actual}").',
        en: 'Months 3–12 take no leading zero: "tháng {expected}" (written "tháng {actual}").'
      },
      invalidDate: {
        vi: 'Ngày tháng không có thật: "{raw}".',
        en: 'The date does not exist: "{raw}".'
      },
      future: {
        vi: "Ngày ban hành ({date}) muộn hơn ngày hôm nay ({today}): kiểm tra lại ngày, tháng, năm.",
        en: "The date ({date}) is later than today ({today}): check the day, month and year."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: ["Số: 05/BC-UBND\nQuảng Ngãi, ngày 05 tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền"],
      invalid: [
        "Số: 05/BC-UBND\nQuảng Ngãi, ngày 5 tháng 03 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền",
        "Số: /BC-UBND\nBa Bích, ngày tháng 3 năm 2024\n\nBÁO CÁO\nCông tác tuyên truyền"
      ]
    }
  },
  check: (context) => {
    const { document, text, today } = context
    const pd = document.placeDate
    // Never abbreviate the place name in the date line (`TP. Hồ Chí Minh`).
    if (pd !== null && pd.place !== null) {
      const abbreviated = ABBREVIATED.exec(pd.raw)
      if (abbreviated !== null) {
        context.report({
          messageId: "placeAbbreviated",
          span: context.span(pd.span.start.offset, pd.span.start.offset + pd.place.length),
          data: { actual: pd.place }
        })
        return
      }
    }
    if (pd === null) {
      if (document.kind?.code === "BB")
        return { skip: "not-applicable", reason: "a biên bản has no date line in its header" }
      const abbreviated = textLines(text)
        .slice(0, 40)
        .map((l) => ({ l, m: ABBREVIATED.exec(l.text) }))
        .find((x) => x.m !== null)
      if (abbreviated !== undefined) {
        const place = abbreviated.m![1]!
        context.report({
          messageId: "placeAbbreviated",
          span: context.span(abbreviated.l.start, abbreviated.l.start + place.length),
          data: { actual: place }
        })
        return
      }
      const anchor = document.number?.span ?? document.title?.span
      const first = firstTextLine(text)
      context.report({ messageId: "missing", span: anchor ?? context.span(first.start, first.end) })
      return
    }
    const start = pd.span.start.offset
    const exact = spanReads(text, pd.span, pd.raw)
    const safe = (description: string, edits: ReadonlyArray<TextEdit>) =>
      exact ? { fix: { tier: "safe" as const, description, edits } } : {}

    if (pd.place === null) {
      context.report({ messageId: "missingPlace", span: pd.span, data: { raw: pd.raw } })
    } else {
      const after = /^[ ]*(,?)[ ]*/u.exec(pd.raw.slice(pd.place.length))!
      if (pd.raw.startsWith(pd.place) && after[1] === "") {
        const at = start + pd.place.length
        context.report({
          messageId: "comma",
          span: pd.span,
          data: { place: pd.place },
          ...safe('","', [{ start: at, end: at + after[0].length, text: ", " }])
        })
      }
    }

    const blanks = [
      pd.day === null ? "ngày" : null,
      pd.month === null ? "tháng" : null,
      pd.year === null ? "năm" : null
    ].filter((x) => x !== null)
    if (blanks.length > 0)
      context.report({
        messageId: "draft",
        span: pd.span,
        data: { parts: blanks.join(", "), raw: pd.raw },
        severity: "warning"
      })

    // Where the digits are, read only for a report: matching with indices
    // is costly, and most date lines are right.
    let parts: RegExpExecArray | null | undefined
    const indices = (): RegExpIndicesArray | undefined =>
      (parts === undefined ? (parts = PARTS.exec(pd.raw)) : parts)?.indices
    if (pd.day !== null && pd.dayText !== null && pd.day >= 1 && pd.day <= 9 && pd.dayText.length === 1) {
      const at = indices()?.[1]?.[0]
      context.report({
        messageId: "dayUnpadded",
        span: at === undefined ? pd.span : context.span(start + at, start + at + 1),
        data: { expected: pad(pd.day), actual: pd.dayText },
        ...(at === undefined
          ? {}
          : safe(`"ngày ${pad(pd.day)}"`, [{ start: start + at, end: start + at + 1, text: pad(pd.day) }]))
      })
    }
    if (pd.month !== null && pd.monthText !== null && pd.month >= 1 && pd.month <= 12) {
      const monthText = pd.monthText
      const monthAt = () => indices()?.[2]?.[0]
      const monthSpan = (at: number | undefined) =>
        at === undefined ? pd.span : context.span(start + at, start + at + monthText.length)
      if (pd.month <= 2 && pd.monthText.length === 1) {
        const at = monthAt()
        const span = monthSpan(at)
        context.report({
          messageId: "monthUnpadded",
          span,
          data: { expected: pad(pd.month), actual: pd.monthText },
          ...(at === undefined
            ? {}
            : safe(`"tháng ${pad(pd.month)}"`, [
                { start: start + at, end: start + at + 1, text: pad(pd.month) }
              ]))
        })
      } else if (pd.month >= 3 && pd.monthText.length === 2 && pd.monthText.startsWith("0")) {
        const at = monthAt()
        const span = monthSpan(at)
        context.report({
          messageId: "monthPadded",
          span,
          data: { expected: String(pd.month), actual: pd.monthText },
          ...(at === undefined
            ? {}
            : safe(`"tháng ${pd.month}"`, [
                { start: start + at, end: start + at + 2, text: String(pd.month) }
              ]))
        })
      }
    }

    const impossible =
      (pd.day !== null && (pd.day < 1 || pd.day > 31)) ||
      (pd.month !== null && (pd.month < 1 || pd.month > 12)) ||
      (pd.day !== null &&
        pd.month !== null &&
        pd.year !== null &&
        isoDate(pd.year, pd.month, pd.day) === null)
    if (impossible) {
      context.report({ messageId: "invalidDate", span: pd.span, data: { raw: pd.raw } })
      return
    }
    const range = documentDateRange(document)
    if (range !== null && range.earliest > today) {
      context.report({
        messageId: "future",
        span: pd.span,
        data: { date: describeDocumentDate(document, range), today: displayDate(today) }
      })
    }
  }
})
