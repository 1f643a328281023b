/**
 * `signing-authority`: the thẩm quyền ký chain (ô 7a) is coherent with the
 * issuer: `TM.` only before a collective body's name, matching the issuer;
 * `KT.`/`TL.`/`TUQ.`/`Q.` before the head's title; a deputy signs under
 * `KT.`; no re-delegation after `TUQ.`; prefixes with their dot; every
 * authority line in upper case; no title the State does not set (`PHÓ
 * GIÁM ĐỐC PHỤ TRÁCH`, Phụ lục I, mục II.7.c); and in a Quyết định the
 * chain agrees with the authority line under the trích yếu (Mẫu 1.2, ghi
 * chú 6; Điều 13 kh. 1–2): `CHỦ TỊCH ỦY BAN NHÂN DÂN …` (the head's own
 * competence) is not signed `TM.`, `ỦY BAN NHÂN DÂN …` (the collective's)
 * is signed `TM.`.
 */
import {
  findUnitKind,
  foldKey,
  isUpperCaseText,
  type Document,
  type SigningAuthority,
  type UnitKindEntry
} from "@cchc/core"
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

// A title the State does not set: `PHÓ GIÁM ĐỐC PHỤ TRÁCH` signs as the
// deputy he is (Phụ lục I, mục II.7.c; Điều 13 kh. 1).
const IN_CHARGE = /(?:^| )PHỤ TRÁCH(?: |$)/u
// The length of the authority line of a Quyết định, beyond which the first
// body line is a sentence rather than that line.
const AUTHORITY_LINE_MAX = 120

/** The authority line of a Quyết định (ô 5 of Mẫu 1.2): the competence it is issued under. */
interface AuthorityLine {
  readonly text: string
  readonly start: number
  readonly end: number
  /** The head's own competence (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …`), or the collective's. */
  readonly holder: "head" | "collective"
  readonly body: UnitKindEntry
}

// The first line of the body of a Quyết định, when it is the authority
// line: upper case (emphasis marks aside), naming a head's title or a
// collective body. `null` otherwise, or when the document is not a QĐ.
const authorityLineOf = (document: Document, text: string): AuthorityLine | null => {
  if (document.kind?.code !== "QĐ" || document.body === null) return null
  const from = document.body.span.start.offset
  const to = document.body.span.end.offset
  let start = from
  while (start < to && (text[start] === "\n" || text[start] === "\r" || text[start] === " ")) start++
  let end = text.indexOf("\n", start)
  if (end === -1 || end > to) end = to
  if (end - start > AUTHORITY_LINE_MAX) return null
  const line = text.slice(start, end).replace(/\*/gu, "").trim()
  if (line.length === 0 || !isUpperCaseText(line)) return null
  if (isTitle(line)) {
    const body = bodyAfterTitle(line)
    return body === null ? null : { text: line, start, end, holder: "head", body }
  }
  const body = findUnitKind(line)
  if (body === null || !body.collective) return null
  return { text: line, start, end, holder: "collective", body }
}

// The body named after a head's title: `CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X` →
// the ủy ban nhân dân; `GIÁM ĐỐC SỞ NỘI VỤ` → the sở.
const bodyAfterTitle = (line: string): UnitKindEntry | null => {
  const words = line.split(/[ ]+/u)
  for (let i = 1; i < words.length; i++) {
    const kind = findUnitKind(words.slice(i).join(" "))
    if (kind !== null) return kind
  }
  return null
}

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

// The chain of a Quyết định against its authority line (d.6 of the
// corrections: both mismatches passed before).
const checkAuthorityLine = (
  context: RuleContext<unknown>,
  chain: ReadonlyArray<SigningAuthority>,
  title: string | null
): void => {
  const authority = authorityLineOf(context.document, context.text)
  if (authority === null) return
  const tm = chain.find((a) => a.mode === "TM")
  if (authority.holder === "head" && tm !== undefined) {
    const head = authority.body.headTitle
    reportLine(context, tm, "authorityHeadSignedTm", { authority: authority.text, on: tm.on, head })
  } else if (authority.holder === "collective" && tm === undefined && (chain.length > 0 || title !== null)) {
    const first = chain[0]
    context.report({
      messageId: "authorityCollectiveWithoutTm",
      span: first?.span ?? context.document.signature?.span ?? context.span(authority.start, authority.end),
      data: { authority: authority.text, collective: authority.body.collectiveName ?? authority.text }
    })
  }
}

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
        vi: 'Không được ủy quyền lại: sau "TUQ. {on}" không ghi "KT." (Nghị định 30/2020, Điều 13 khoản 3).',
        en: 'Authority cannot be re-delegated: no "KT." after "TUQ. {on}" (Decree 30/2020, Art. 13(3)).'
      },
      headMismatch: {
        vi: '"{prefix} {on}" không khớp với cơ quan ban hành "{issuer}": người đứng đầu là "{head}".',
        en: '"{prefix} {on}" does not match the issuer "{issuer}", whose head is "{head}".'
      },
      unofficialTitle: {
        vi: '"{title}" không phải chức vụ Nhà nước quy định (Phụ lục I, mục II.7.c): cấp phó được giao phụ trách ký "KT. {head}" và ghi chức vụ "{deputy}".',
        en: '"{title}" is not a title the State sets (Appendix I, II.7.c): a deputy in charge signs "KT. {head}" with the title "{deputy}".'
      },
      authorityHeadSignedTm: {
        vi: 'Quyết định ban hành theo thẩm quyền của người đứng đầu ("{authority}"): không ký "TM. {on}"; ký "{head}" hoặc "KT. {head}" (Nghị định 30/2020, Điều 13 khoản 1).',
        en: 'The decision is issued under the head\'s own competence ("{authority}"): not "TM. {on}"; sign "{head}" or "KT. {head}" (Decree 30/2020, Art. 13(1)).'
      },
      authorityCollectiveWithoutTm: {
        vi: 'Quyết định ban hành theo thẩm quyền của tập thể ("{authority}"): ghi "TM. {collective}" trên cùng thẩm quyền ký (Nghị định 30/2020, Điều 13 khoản 2).',
        en: 'The decision is issued under the collective\'s competence ("{authority}"): open the chain with "TM. {collective}" (Decree 30/2020, Art. 13(2)).'
      },
      notUpperCase: {
        vi: 'Quyền hạn và chức vụ người ký viết chữ in hoa: "{expected}" (đang viết "{actual}").',
        en: 'Signing authority and titles are upper case: "{expected}" (written "{actual}").'
      }
    },
    defaultOptions: {},
    optionsSchema: { type: "object", additionalProperties: false },
    notes: [
      "In a Quyết định the chain is compared with the authority line under the trích yếu (Mẫu 1.2, ghi chú 6): a head's title (`CHỦ TỊCH ỦY BAN NHÂN DÂN …`) is not signed `TM.`, a collective body (`ỦY BAN NHÂN DÂN …`) is. Other kinds have no authority line."
    ],
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
          // The advice names the issuer's head where it is known: `TM. BAN
          // GIÁM ĐỐC` of a Sở is signed `KT. GIÁM ĐỐC`, not `KT. TRƯỞNG BAN`.
          reportLine(context, a, "tmNotCollective", {
            body: a.on,
            head: issuerKind !== null && !issuerKind.collective ? issuerKind.headTitle : body.headTitle
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
    if (title !== null && IN_CHARGE.test(title.toUpperCase())) {
      const official = title.toUpperCase().slice(0, title.toUpperCase().search(IN_CHARGE)).trim()
      if (official.length > 0) {
        const deputy = isDeputyTitle(official) ? official : deputyFor(official)
        context.report({
          messageId: "unofficialTitle",
          span: titleSpan,
          data: { title, head: headFor(deputy), deputy }
        })
      }
    }
    if (!party) checkAuthorityLine(context, chain, title)
  }
})
