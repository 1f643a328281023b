/**
 * `kinh-gui`: a công văn and a tờ trình (and, when configured, a report
 * sent upward) have `Kính gửi:` (ô 9a); when it is there, Nơi nhận starts
 * with `- Như trên;`.
 *
 * Phụ lục I, mục II.9.b lists the kinds that carry Kính gửi: "Tờ trình, Báo
 * cáo (cơ quan, tổ chức cấp dưới gửi cơ quan, tổ chức cấp trên) và Công
 * văn". A tờ trình always goes up, so it is required by default; whether a
 * báo cáo goes up cannot be read from the text, so Báo cáo is left to the
 * `requireFor` option.
 */
import { foldKey } from "@cchc/core"
import { kindMatches } from "../internal/kind.js"
import { firstTextLine, looseKey, spanReads } from "../internal/text.js"
import { defineRule } from "../rule.js"

interface Options {
  /**
   * Kinds (type code or name) that must have a Kính gửi block: by default
   * Công văn and Tờ trình; add `"BC"` where reports go to a superior body.
   */
  readonly requireFor: ReadonlyArray<string>
}

export default defineRule<Options>({
  meta: {
    id: "kinh-gui",
    description:
      "A công văn and a tờ trình (and, when configured, a report sent upward: PL I II.9.b lists it too) have `Kính gửi:`; with it, Nơi nhận starts with `Như trên;`.",
    category: "recipients",
    appliesTo: "all",
    regimes: ["state", "socio-political"],
    source:
      "NĐ 30/2020, Phụ lục I, mục II.9.a–b (Tờ trình, Báo cáo gửi cấp trên, Công văn); Phụ lục III, mẫu 1.5",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: '{kind} phải có "Kính gửi:" và tên cơ quan, người nhận, đặt dưới phần trích yếu (ví dụ "Kính gửi: Sở Nội vụ").',
        en: 'A {kind} needs "Kính gửi:" with the addressee, below the summary (e.g. "Kính gửi: Sở Nội vụ").'
      },
      label: {
        vi: 'Ghi "Kính gửi:" (chữ thường, có dấu hai chấm), không ghi "{actual}".',
        en: 'Write "Kính gửi:" (normal case, with a colon), not "{actual}".'
      },
      itemTerminator: {
        vi: 'Khi gửi nhiều nơi, mỗi dòng "Kính gửi" bắt đầu bằng "-" và kết thúc bằng ";", dòng cuối kết thúc bằng ".": "{expected}".',
        en: 'With several addressees each line starts with "-" and ends with ";", the last with ".": "{expected}".'
      },
      nhuTren: {
        vi: 'Văn bản có "Kính gửi" thì dòng đầu của Nơi nhận là "- Như trên;" (đang là "{actual}").',
        en: 'With a Kính gửi block, Nơi nhận starts with "- Như trên;" (it starts with "{actual}").'
      }
    },
    defaultOptions: { requireFor: ["Công văn", "TTr"] },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: { requireFor: { type: "array", items: { type: "string" } } }
    },
    notes: [
      "PL I II.9.b lists Tờ trình, Báo cáo sent to a superior body and Công văn. Tờ trình is required by default; Báo cáo only through `requireFor`, because whether a report goes up cannot be read from its text.",
      'Setting `requireFor` replaces the default list: keep `"Công văn"` and `"TTr"` in it.',
      "Whether the addressee of a Tờ trình is the issuer's superior is not checked: the unit registry does not say which body is above which."
    ],
    examples: {
      valid: [
        "Số: 12/UBND-VX\nV/v báo cáo công tác tuyên truyền\n\nKính gửi: Sở Nội vụ\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VX."
      ],
      invalid: [
        "Số: 12/UBND-VX\nV/v báo cáo công tác tuyên truyền\n\nNội dung./.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, VX."
      ]
    }
  },
  check: (context) => {
    const { document, text, options } = context
    const kg = document.kinhGui
    if (kg === null) {
      if (document.kind === null) return { skip: "not-evaluable", reason: "the document kind is unknown" }
      if (kindMatches(document.kind, options.requireFor)) {
        const first = firstTextLine(text)
        context.report({
          messageId: "missing",
          span: document.title?.span ?? document.number?.span ?? context.span(first.start, first.end),
          data: { kind: document.kind.name }
        })
      }
      return
    }
    if (kg.label !== "Kính gửi:") {
      context.report({
        messageId: "label",
        span: kg.labelSpan,
        data: { actual: kg.label },
        ...(spanReads(text, kg.labelSpan, kg.label)
          ? {
              fix: {
                tier: "safe" as const,
                description: '"Kính gửi:"',
                edits: [{ start: kg.labelSpan.start.offset, end: kg.labelSpan.end.offset, text: "Kính gửi:" }]
              }
            }
          : {})
      })
    }
    // A list of several addressees: "- …;" and the last "- … .".
    const listed = kg.items.filter((i) => i.bullet !== "")
    if (listed.length >= 2) {
      listed.forEach((item, i) => {
        const want = i === listed.length - 1 ? "." : ";"
        if (item.terminator === want) return
        const expected = `- ${item.text}${want}`
        const end = item.span.start.offset + item.raw.length
        const edit =
          item.terminator === "" ? { start: end, end, text: want } : { start: end - 1, end, text: want }
        const exact = text.startsWith(item.raw, item.span.start.offset) && item.raw.endsWith(item.terminator)
        context.report({
          messageId: "itemTerminator",
          span: item.span,
          data: { expected },
          ...(exact ? { fix: { tier: "safe" as const, description: `"${want}"`, edits: [edit] } } : {})
        })
      })
    }
    const first = document.recipients?.items[0]
    if (
      first !== undefined &&
      !looseKey(first.text).startsWith("nhu tren") &&
      !/^như\s+điều/u.test(foldKey(first.text))
    ) {
      context.report({ messageId: "nhuTren", span: first.span, data: { actual: first.raw } })
    }
  }
})
