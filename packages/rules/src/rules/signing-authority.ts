/**
 * `signing-authority`: the thẩm quyền ký chain (ô 7a) is coherent with the
 * issuer: `TM.` only before a collective body's name, matching the issuer;
 * `KT.`/`TL.`/`TUQ.`/`Q.` before the head's title; a deputy signs under
 * `KT.`; no re-delegation after `TUQ.`; prefixes with their dot; every
 * authority line in upper case.
 */
import { findUnitKind, foldKey, isUpperCaseText, type Document, type SigningAuthority } from "@cchc/core"
import { textLines } from "../internal/text.js"
import { bodyKind, deputyFor, headFor, isDeputyTitle, isTitle, sameTitle } from "../internal/titles.js"
import type { RuleContext } from "../rule.js"
import { defineRule } from "../rule.js"
import { safeReplacement } from "../internal/safe-replacement.js"

const CANONICAL_PREFIX: Readonly<Record<string, string>> = {
  TM: "TM.",
  KT: "KT.",
  TL: "TL.",
  TUQ: "TUQ.",
  Q: "Q."
}
// An authority line the parser skipped because it is not in upper case.
const AUTHORITY_LIKE = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?[ ]+(\S[^.;:]{1,70})$/u

const isParty = (document: Document): boolean =>
  /^đảng\s+cộng\s+sản/u.test(foldKey(document.nationalHeader.country?.raw ?? ""))

const MODE: Readonly<Record<string, SigningAuthority["mode"]>> = {
  TM: "TM",
  "T/M": "TM",
  KT: "KT",
  "K/T": "KT",
  TL: "TL",
  "T/L": "TL",
  TUQ: "TUQ",
  Q: "Q"
}

/** A foot line that should be upper case but is not. */
interface LowerCaseLine {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The line read as an authority line, judged as if it were in upper case. */
  readonly authority: SigningAuthority | null
}

// Lines of the foot that should be upper case but are not: authority
// lines and the title line under them. The parser skips them, so they are
// read here, and judged like upper-case lines: a line gets the same
// verdict whatever its letter case.
const lowerCaseLines = (context: RuleContext<unknown>): Array<LowerCaseLine> => {
  const { document, text } = context
  const from = document.body?.span.end.offset ?? document.signature?.span.start.offset
  if (from === undefined) return []
  const lines = textLines(text).filter((l) => l.start >= from && l.text.length > 0)
  const out: Array<LowerCaseLine> = []
  lines.forEach((line, i) => {
    const m = AUTHORITY_LIKE.exec(line.text)
    const authority = m !== null && (isTitle(m[2]!) || findUnitKind(m[2]!) !== null)
    if (authority && !isUpperCaseText(m![2]!)) {
      const written = line.text.slice(0, line.text.length - m![2]!.length).trimEnd()
      out.push({
        ...line,
        authority: {
          mode: MODE[m![1]!]!,
          on: m![2]!.trim().toUpperCase(),
          prefix: written,
          span: context.span(line.start, line.end)
        }
      })
    }
    if (!authority && !(m !== null && isUpperCaseText(m[2]!))) return
    // The signer's own title right under an authority line.
    const next = lines[i + 1]
    if (
      next !== undefined &&
      !AUTHORITY_LIKE.test(next.text) &&
      isTitle(next.text) &&
      !isUpperCaseText(next.text) &&
      next.text.length <= 60
    )
      out.push({ ...next, authority: null })
  })
  return out
}

const reportLine = (
  context: RuleContext<unknown>,
  a: SigningAuthority,
  messageId: string,
  data: Record<string, string>
) => context.report({ messageId, span: a.span, data })

export default defineRule({
  meta: {
    id: "signing-authority",
    description:
      "The signing chain (TM., KT., TL., TUQ., Q.) is coherent with the issuer and written in upper case with its dots.",
    category: "signature",
    appliesTo: "all",
    regimes: ["state", "normative", "socio-political", "specialised"],
    source: "NĐ 30/2020, Điều 13 and Phụ lục I, mục II.7",
    presets: { recommended: "error" },
    fixable: "safe",
    messages: {
      prefixForm: {
        vi: 'Viết "{expected}" (chữ in hoa, có dấu chấm), không viết "{actual}".',
        en: 'Write "{expected}" (upper case, with its dot), not "{actual}".'
      },
      tmBeforeTitle: {
        vi: '"TM." (thay mặt) đứng trước tên tập thể, ví dụ "TM. ỦY BAN NHÂN DÂN", không đứng trước chức vụ "{on}".',
        en: '"TM." (on behalf of) precedes a collective body\'s name, e.g. "TM. ỦY BAN NHÂN DÂN", not the title "{on}".'
      },
      tmNotCollective: {
        vi: '"TM." chỉ dùng cho cơ quan làm việc theo chế độ tập thể (Ủy ban nhân dân, Hội đồng nhân dân, Chính phủ…); {body} do người đứng đầu ký: cấp phó ký "KT. {head}".',
        en: '"TM." is for bodies that decide collectively; {body} is run by its head: a deputy signs "KT. {head}".'
      },
      tmMismatch: {
        vi: '"TM. {on}" không khớp với cơ quan ban hành "{issuer}": ghi "TM. {expected}".',
        en: '"TM. {on}" does not match the issuer "{issuer}": write "TM. {expected}".'
      },
      prefixBeforeBody: {
        vi: '"{prefix}" đứng trước chức vụ của người đứng đầu (ví dụ "{prefix} {head}"), không đứng trước tên cơ quan "{on}".',
        en: '"{prefix}" precedes the head\'s title (e.g. "{prefix} {head}"), not a body\'s name "{on}".'
      },
      ktDeputyTitle: {
        vi: 'Sau "KT." ghi chức vụ của người đứng đầu (ví dụ "KT. {head}"), không ghi chức vụ cấp phó "{on}".',
        en: '"KT." is followed by the head\'s title (e.g. "KT. {head}"), not the deputy\'s "{on}".'
      },
      ktHeadSigns: {
        vi: 'Dưới "KT. {on}" là chức vụ của cấp phó ký thay (ví dụ "{deputy}"), không phải "{title}".',
        en: 'Under "KT. {on}" comes the deputy\'s title (e.g. "{deputy}"), not "{title}".'
      },
      deputyWithoutKt: {
        vi: 'Cấp phó ký thay người đứng đầu phải ghi "KT. {head}" phía trên chức vụ "{title}".',
        en: 'A deputy signing for the head writes "KT. {head}" above "{title}".'
      },
      tuqThenKt: {
        vi: 'Không được ủy quyền lại: sau "TUQ. {on}" không ghi "KT." (Nghị định 30/2020, Điều 13 khoản 5).',
        en: 'Authority cannot be re-delegated: no "KT." after "TUQ. {on}" (Decree 30/2020, Art. 13(5)).'
      },
      headMismatch: {
        vi: '"{prefix} {on}" không khớp với cơ quan ban hành "{issuer}": người đứng đầu là "{head}".',
        en: '"{prefix} {on}" does not match the issuer "{issuer}", whose head is "{head}".'
      },
      notUpperCase: {
        vi: 'Quyền hạn và chức vụ người ký viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'Signing authority and titles are upper case: "{expected}" (written "{actual}").'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    examples: {
      valid: [
        "BÁO CÁO\nCông tác\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPhạm Văn Mạnh"
      ],
      invalid: [
        "BÁO CÁO\nCông tác\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. PHÓ GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn A",
        "BÁO CÁO\nCông tác\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. CHỦ TỊCH\n\nNguyễn Văn A"
      ]
    }
  },
  check: (context) => {
    const { document, text } = context
    const lowered = lowerCaseLines(context)
    for (const line of lowered) {
      const expected = line.text.toUpperCase()
      context.report({
        messageId: "notUpperCase",
        span: context.span(line.start, line.end),
        data: { expected, actual: line.text },
        fix: safeReplacement(line.start, line.end, expected)
      })
    }
    const signature = document.signature
    const chain = [
      ...(signature?.authority ?? []),
      ...lowered.flatMap((l) => (l.authority === null ? [] : [l.authority]))
    ].sort((x, y) => x.span.start.offset - y.span.start.offset)
    const loweredTitle = lowered.find((l) => l.authority === null)
    // A title line right under an authority line is the signer's title once
    // upper-cased, even where the parser, skipping it for its case, took a
    // later line: judged now as it will be read after the fix.
    const title = loweredTitle !== undefined ? loweredTitle.text.toUpperCase() : (signature?.title ?? null)
    if (chain.length === 0 && title === null)
      return { skip: "not-evaluable", reason: "no signature block was found" }
    const party = isParty(document)
    const issuerKind = document.issuer === null ? null : findUnitKind(document.issuer.name)
    for (const a of chain) {
      const expected = CANONICAL_PREFIX[a.mode]!
      if (!party && a.prefix !== expected) {
        const exact = text.startsWith(a.prefix, a.span.start.offset)
        context.report({
          messageId: "prefixForm",
          span: context.span(a.span.start.offset, a.span.start.offset + a.prefix.length),
          data: { expected, actual: a.prefix },
          ...(exact
            ? {
                fix: {
                  tier: "safe" as const,
                  description: `"${expected}"`,
                  edits: [
                    { start: a.span.start.offset, end: a.span.start.offset + a.prefix.length, text: expected }
                  ]
                }
              }
            : {})
        })
      }
      if (a.mode === "TM") {
        const body = bodyKind(a.on)
        if (isTitle(a.on)) reportLine(context, a, "tmBeforeTitle", { on: a.on })
        else if (body !== null && !body.collective)
          // `TM. BAN GIÁM ĐỐC` of a Sở: the deputy signs for the issuer's
          // head (`KT. GIÁM ĐỐC`), not for a "Trưởng ban" (Điều 13 khoản 1).
          reportLine(context, a, "tmNotCollective", {
            body: a.on,
            head: body.id === "ban" && issuerKind !== null ? issuerKind.headTitle : body.headTitle
          })
        // A leading collective named `BAN …` leads the issuing body itself,
        // whatever that body's kind (b.1): the issuer is not judged.
        else if (issuerKind !== null && !issuerKind.collective && body?.id !== "ban-lanh-dao")
          reportLine(context, a, "tmNotCollective", {
            body: document.issuer!.name,
            head: issuerKind.headTitle
          })
        else if (
          issuerKind?.collectiveName &&
          body !== null &&
          !foldKey(a.on).startsWith(foldKey(issuerKind.collectiveName))
        ) {
          reportLine(context, a, "tmMismatch", {
            on: a.on,
            issuer: document.issuer!.name,
            expected: issuerKind.collectiveName
          })
        }
        continue
      }
      const body = bodyKind(a.on)
      if (body !== null) {
        reportLine(context, a, "prefixBeforeBody", { prefix: expected, on: a.on, head: body.headTitle })
        continue
      }
      if (a.mode === "KT" && isDeputyTitle(a.on)) {
        reportLine(context, a, "ktDeputyTitle", { on: a.on, head: headFor(a.on) })
      }
    }
    // The first head title in the chain must be the issuer's head.
    const headLine = chain.find((a) => a.mode !== "TM")
    if (
      headLine !== undefined &&
      issuerKind !== null &&
      !chain.some((a) => a.mode === "TM" || a.mode === "TL" || a.mode === "TUQ")
    ) {
      if (
        isTitle(headLine.on) &&
        !isDeputyTitle(headLine.on) &&
        !sameTitle(headLine.on, issuerKind.headTitle) &&
        !foldKey(headLine.on).startsWith(foldKey(issuerKind.headTitle))
      ) {
        reportLine(context, headLine, "headMismatch", {
          prefix: CANONICAL_PREFIX[headLine.mode]!,
          on: headLine.on,
          issuer: document.issuer!.name,
          head: issuerKind.headTitle
        })
      }
    }
    const tuq = chain.findIndex((a) => a.mode === "TUQ")
    const kt = chain.findIndex((a) => a.mode === "KT")
    if (tuq !== -1 && kt > tuq) reportLine(context, chain[kt]!, "tuqThenKt", { on: chain[tuq]!.on })

    const titleLine = signature?.lines.find((l) => l.text === title)
    const titleSpan =
      titleLine?.span ??
      (loweredTitle !== undefined
        ? context.span(loweredTitle.start, loweredTitle.end)
        : (signature?.span ?? chain[chain.length - 1]!.span))
    if (title !== null && kt !== -1) {
      const ktLine = chain[kt]!
      if (sameTitle(title, ktLine.on) && !isDeputyTitle(ktLine.on)) {
        context.report({
          messageId: "ktHeadSigns",
          span: titleSpan,
          data: { on: ktLine.on, title, deputy: deputyFor(ktLine.on) }
        })
      }
    } else if (title !== null && isDeputyTitle(title) && !chain.some((a) => a.mode === "Q")) {
      context.report({
        messageId: "deputyWithoutKt",
        span: titleSpan,
        data: { head: headFor(title), title },
        // `TM. BAN THƯỜNG TRỰC / PHÓ CHỦ TỊCH` is Mặt trận usage [secondary]:
        // without the organisations' own rules it is no error there (a.4).
        ...(context.regime === "socio-political" ? { severity: "warning" as const } : {})
      })
    }
  }
})
