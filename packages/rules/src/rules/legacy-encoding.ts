/**
 * `legacy-encoding`: the text was typed in a pre-Unicode Vietnamese font
 * encoding (TCVN3 "ABC", VNI) and read as Unicode, or its Vietnamese
 * letters were lost when it was extracted from a PDF. One error that names
 * what was found, how sure the detector is and how to convert, instead of
 * a cascade of findings from rules that cannot read the text.
 */
import { defineRule } from "../rule.js"

const NAMES = { tcvn3: "TCVN3 (ABC)", vni: "VNI" } as const

/** The detector's confidence, `0,93` in Vietnamese and `0.93` in English. */
const confidenceOf = (confidence: number): { vi: string; en: string } => {
  const en = confidence.toFixed(2)
  return { vi: en.replace(".", ","), en }
}

/** The first quoted word of the detector's evidence (`"ViÖt" → "Việt"` gives `ViÖt`). */
const quotedWord = (evidence: string | undefined): string | null =>
  /^"([^"]+)"/u.exec(evidence ?? "")?.[1] ?? null

export default defineRule({
  meta: {
    id: "legacy-encoding",
    description:
      "The text must be in Unicode (TCVN 6909:2001), not typed in a legacy font encoding (TCVN3, VNI) nor stripped of its diacritics by PDF extraction.",
    category: "document",
    appliesTo: "all",
    regimes: ["state", "party", "normative", "national-assembly", "socio-political", "specialised", "copy"],
    source: "NĐ 30/2020, Phụ lục I, Phần I, mục I.4 (bộ mã ký tự Unicode theo TCVN 6909:2001)",
    presets: { recommended: "error" },
    fixable: "none",
    messages: {
      legacyEncoding: {
        vi: "Văn bản được gõ bằng bảng mã {encoding} (độ tin cậy {confidence}; ví dụ {example}), không phải Unicode theo TCVN 6909:2001: chuyển sang Unicode (chẳng hạn bằng công cụ chuyển mã của Unikey, từ {encoding} sang Unicode) rồi kiểm tra lại. Các quy tắc khác không được kiểm tra.",
        en: "The text was typed in the legacy {encoding} encoding (confidence {confidenceEn}; e.g. {example}), not in Unicode (TCVN 6909:2001): convert it to Unicode (for example with Unikey's converter, from {encoding} to Unicode) and check it again. No other rule was checked."
      },
      lostDiacritics: {
        vi: "Văn bản bị mất dấu tiếng Việt, thường do trích xuất chữ từ tệp PDF (độ tin cậy {confidence}; ví dụ {example}): kiểm tra trên tệp gốc (.docx) hoặc trích xuất lại bằng công cụ giữ được chữ Unicode. Các quy tắc khác không được kiểm tra.",
        en: "The text lost its Vietnamese diacritics, usually when it was extracted from a PDF (confidence {confidenceEn}; e.g. {example}): check the original file (.docx) instead, or extract the text again with a tool that keeps Unicode. No other rule was checked."
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nCông tác tuyên truyền cải cách hành chính quý I năm 2024"
      ],
      invalid: [
        "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\n\nB¸O C¸O\nC«ng t¸c tuyªn truyÒn c¶i c¸ch hµnh chÝnh quý I n¨m 2024",
        "COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\n\nBAÙO CAÙO\nCoâng taùc tuyeân truyeàn caûi caùch haønh chính quyù I naêm 2024"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const { kind, confidence, evidence } = document.encoding
    if (kind === "unicode") return
    // Point at the first word the detector decoded, else at the first line with text.
    const word = kind === "lost-diacritics" ? null : quotedWord(evidence[0])
    const at = word === null ? -1 : text.indexOf(word)
    let from: number
    let end: number
    if (at !== -1) {
      from = at
      end = at + word!.length
    } else {
      const start = text.search(/\S/u)
      from = start === -1 ? 0 : start
      const lineEnd = text.slice(from).search(/\r?\n|\r/u)
      end = lineEnd === -1 ? text.length : from + lineEnd
    }
    const { vi, en } = confidenceOf(confidence)
    const example = evidence[0] ?? "—"
    context.report(
      kind === "lost-diacritics"
        ? {
            messageId: "lostDiacritics",
            span: context.span(from, end),
            data: { confidence: vi, confidenceEn: en, example }
          }
        : {
            messageId: "legacyEncoding",
            span: context.span(from, end),
            data: { encoding: NAMES[kind], confidence: vi, confidenceEn: en, example }
          }
    )
  }
})
