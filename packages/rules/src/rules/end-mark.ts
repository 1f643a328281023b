/**
 * `end-mark`: the body ends with `./.` right after its last sentence, as
 * every template of Phụ lục III does.
 */
import { isRecipientsLabelLine } from "@cchc/core"
import { trimEndWhile } from "@cchc/core/internal"
import { defineRule } from "../rule.js"

// A last line that ends in a mistyped mark: `. /.`, `/.`, `./`, `.//.`, `./..`.
const MALFORMED = /(?:\.[ ]+\/[ ]*\.|\.\/[ ]+\.|(?<![./…])\/\.|\.\/(?!\.)|\.\/\/\.|\.\/\.\.+)[ ]*$/u

// A combining mark.
const COMBINING = /^\p{M}$/u

/**
 * The end of the stray combining marks that follow the sentence at `from`
 * (`Khê.̣`, `Khê. ̣`), possibly behind spaces, when nothing else follows
 * on the line; `from` when there are none. A walk, not a regex: spaces and
 * marks interleave, and the run must reach the end of the line.
 */
const endOfStrayMarks = (text: string, from: number): number => {
  let lastMark = from
  for (let i = from; i < text.length; i++) {
    const c = text[i]!
    if (c === "\n" || c === "\r") break
    if (COMBINING.test(c)) lastMark = i + 1
    else if (c !== " " && c !== "\t" && c !== "\u00a0") return from
  }
  return lastMark
}

export default defineRule({
  meta: {
    id: "end-mark",
    description: "The body ends with `./.` right after the last sentence.",
    category: "layout",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Phụ lục III (every template ends the body with ./.)",
    presets: { recommended: "warning", strict: "error" },
    fixable: "safe",
    messages: {
      missing: {
        vi: 'Phần nội dung phải kết thúc bằng dấu "./." ngay sau câu cuối cùng (ví dụ "…kính báo cáo./.").',
        en: 'The body ends with "./." right after its last sentence (e.g. "…kính báo cáo./.").'
      },
      malformed: {
        vi: 'Dấu kết thúc văn bản viết là "./." (chấm, gạch chéo, chấm, không có dấu cách), không viết "{actual}".',
        en: 'The end mark is "./." (dot, slash, dot, no spaces), not "{actual}".'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "BÁO CÁO\nCông tác tuyên truyền\n\nTrên đây là báo cáo của Ủy ban nhân dân xã./.\n\nNơi nhận:\n- Lưu: VT."
      ],
      invalid: [
        "BÁO CÁO\nCông tác tuyên truyền\n\nTrên đây là báo cáo của Ủy ban nhân dân xã.\n\nNơi nhận:\n- Lưu: VT."
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    if (document.endMark !== null) {
      // The parser takes a mark with something after it on the line
      // (`./..`, `./.;`) as the end mark: what follows makes it malformed.
      const at = document.endMark.span.start.offset
      const rest = /^\.\/\.([^\s]+)/u.exec(text.slice(at, at + 12))
      if (rest !== null && !/^\*+$/u.test(rest[1]!)) {
        const actual = rest[0]
        context.report({
          messageId: "malformed",
          span: context.span(at, at + actual.length),
          data: { actual },
          fix: {
            tier: "safe",
            description: '"./."',
            edits: [{ start: at, end: at + actual.length, text: "./." }]
          }
        })
      }
      return
    }
    const body = document.body
    if (body === null) return { skip: "not-evaluable", reason: "the document has no body" }
    const end = body.span.end.offset
    // The last line of the body, as written, without trailing asterisks
    // (trimmed by a walk from the end: an unanchored `\*+$` would be retried
    // from every asterisk of a long run).
    const lineStart = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1)) + 1
    const lastLine = trimEndWhile(text.slice(lineStart, end), (c) => c === "*")
    // Templates end on a blank left for the reader (`ngày …/.`): that is the mark.
    if (/…\/\.[ ]*$/u.test(lastLine)) return
    const bad = MALFORMED.exec(lastLine)
    if (bad !== null) {
      const at = lineStart + bad.index
      const actual = bad[0].trimEnd()
      context.report({
        messageId: "malformed",
        span: context.span(at, at + actual.length),
        data: { actual },
        fix: {
          tier: "safe",
          description: '"./."',
          edits: [{ start: at, end: at + actual.length, text: "./." }]
        }
      })
      return
    }
    const trimmed = lastLine.trimEnd()
    const tail = lineStart + trimmed.length
    // Combining marks at the end of the sentence, inside the body (`vụ` typed
    // as `u` and U+0323) or right after it (`Khê.̣`, a stray mark a Telex or
    // VNI keyboard leaves): the character they sit on decides the fix, and
    // the mark must end the line, so it goes after them, or takes them away
    // with the full stop they sit on (a tone mark on a full stop means nothing).
    const base = lineStart + trimEndWhile(trimmed, (c) => COMBINING.test(c)).length
    const after = endOfStrayMarks(text, tail)
    // Only a sentence that ends in a letter, a digit, a bracket or a full
    // stop can take the mark without rewording. A Nơi nhận label left in the
    // body by a mangled foot is no sentence: the mark on it (`Nơi nhận:./.`)
    // would be read as part of the foot, and the body would still lack one.
    const last = text.slice(base - 1, base)
    const fix = isRecipientsLabelLine(trimmed.trimStart())
      ? undefined
      : last === "."
        ? {
            tier: "safe" as const,
            description: '"./."',
            edits: [{ start: base - 1, end: after, text: "./." }]
          }
        : /[\p{L}\p{N})”"]/u.test(last)
          ? {
              tier: "safe" as const,
              description: '"./."',
              edits: [{ start: after, end: after, text: "./." }]
            }
          : undefined
    context.report({
      messageId: "missing",
      span: context.span(Math.max(lineStart, tail - 1), tail),
      ...(fix ? { fix } : {})
    })
  }
})
