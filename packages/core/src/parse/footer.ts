/**
 * Reading the foot of a document: Nơi nhận and the signature block, in
 * whichever order a flattened two-column table left them.
 *
 * @since 0.1.0
 */
import type { ArchiveLine, GroupNote, RecipientItem, RecipientList } from "../model/recipients.js"
import type { SignatureBlock, SigningAuthority, SigningMode } from "../model/signature.js"
import type { Span } from "../model/span.js"
import { isUpperCaseText, stripDiacritics } from "../text/fold.js"
import type { Line } from "./lines.js"

type SpanOf = (start: number, end: number) => Span

const LABEL = /^(n[oơ]i[ ]*nh[aậâ]n)[ ]*(:?)/iu
const AUTHORITY = /^(TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L|T\.M|K\.T|T\.L)([ ]*\.)?[ ]+(\S.*)$/u
const BULLET = /^([-–—•+*])[ ]*/u
// Applied to an item already stripped of its final punctuation.
const PURPOSE = /\((\p{L}[^()]{0,39})\)$/u
const ARCHIVE = /^Lưu[ ]*(?::[ ]*)?/iu
// An archive line by its label (`Lưu:`, `Lưu VT`), not `Lưu ý`, `Lưu trữ`.
const ARCHIVE_LABEL = /^Lưu[ ]*(?::|[ ]VT\b)/iu
const SIGNED_MARK = /^[([]?(?:đã ký|da ky|ký|ky)[)\]]?\.?$/iu
const SURNAMES = new Set(
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đinh Lâm Mai Trương Tô Cao Lương Hà Tạ Thái Châu La Văn Kiều Trịnh Đoàn Lưu Chu Tăng Lại Quách Mạc Triệu Từ Thân Đàm Khổng Nông Lò Hứa Âu Doãn Vương Tống Tôn Phùng Giang Kim Thạch Bạch Ông Nghiêm Diệp Quang"
    .split(" ")
    .map((s) => s.toUpperCase())
)
// Titles, degrees and professional grades written before a signer's name;
// the longer grades first (`BSCKII` before `BS`), so that `BSCKII. Nguyễn
// Văn A` is read as a name rather than `BS` and a stray `CKII.`.
const ACADEMIC =
  /^((?:GS|PGS|TS|ThS|Ths|BSCKII|BSCKI|BS|DSCKII|DSCKI|DS|KS|CN|NCS|Tiến sĩ|Thạc sĩ|Giáo sư|Phó Giáo sư)\.?[ ]*)+/u

/** Whether a trimmed line is the Nơi nhận label (marks or colon may be missing). */
export const isRecipientsLabel = (text: string): boolean =>
  (text.charCodeAt(0) | 0x20) === 0x6e && LABEL.test(stripDiacritics(text.slice(0, 16)))

/**
 * Whether a trimmed line is the Nơi nhận label standing alone: nothing
 * after it but a first item or a note (`Nơi nhận:`, `Noi nhận - Như trên;`),
 * unlike `Nơi nhận hồ sơ: …` in running text.
 */
export const isRecipientsLabelLine = (text: string): boolean => {
  if (!isRecipientsLabel(text)) return false
  const m = LABEL.exec(stripDiacritics(text.slice(0, 16)))!
  const rest = text.slice(m[0].length).trimStart()
  return rest.length === 0 || /^[-–—•+(]/u.test(rest)
}

/**
 * The Nơi nhận label lines right above line `index` (0-based) of trimmed
 * `lines`, with only blank lines between them, nearest first, not above
 * line `floor`: a label repeated above the one the block has (a mangled
 * copy an editor left: `Noi nhận`, a blank line, then `Nơi nhận:`).
 *
 * @since 0.1.0
 * @category parsing
 * @example
 * ```ts
 * import { repeatedLabelsAbove } from "@cchc/core"
 * const lines = ["Nội dung./.", "Noi nhận", "", "Nơi nhận:", "- Lưu: VT."].map((text) => ({ text }))
 * repeatedLabelsAbove(lines, 3) // [1]
 * ```
 */
export const repeatedLabelsAbove = (
  lines: ReadonlyArray<{ readonly text: string }>,
  index: number,
  floor = 0
): Array<number> => {
  const found: Array<number> = []
  for (let i = index - 1; i >= floor; i--) {
    const text = lines[i]!.text
    if (text.length === 0) continue
    if (!isRecipientsLabelLine(text)) break
    found.push(i)
  }
  return found
}

/** Whether a trimmed line is an authority line (`TM. …`, `KT. …`, `K/T …`). */
export const isAuthorityLine = (text: string): boolean => {
  const m = AUTHORITY.exec(text)
  return m !== null && isUpperCaseText(m[3]!)
}

/**
 * Whether a line opens with a signing-authority prefix and its dot (`KT. `,
 * `TM. `), in any case of what follows (`KT. PHÓ Độc lập…`): no line of the
 * head does. `Q.` is left out: it also abbreviates Quận.
 */
export const opensWithAuthorityPrefix = (text: string): boolean => {
  const m = AUTHORITY.exec(text)
  return m !== null && m[1] !== "Q" && m[2] !== undefined
}

/** Whether a trimmed line looks like a person's name (`Phạm Văn Mạnh`, `TS. Lê Văn A`, `NGUYỄN VĂN A`). */
export const isPersonName = (text: string): boolean => {
  const bare = text.replace(ACADEMIC, "").trim()
  const words = bare.split(/[ ]+/u)
  if (words.length < 2 || words.length > 6 || bare.length > 40) return false
  if (!words.every((w) => /^\p{Lu}[\p{Ll}]*$/u.test(w) || /^\p{Lu}+$/u.test(w))) return false
  if (isUpperCaseText(bare)) return SURNAMES.has(words[0]!)
  return words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))
}

const modeOf = (prefix: string): SigningMode => {
  const p = prefix.replace(/[/. ]/g, "")
  if (p === "TM") return "TM"
  if (p === "KT") return "KT"
  if (p === "TL") return "TL"
  if (p === "TUQ") return "TUQ"
  return "Q"
}

/** Whether a line can belong to the foot block (used to find where it starts). */
export const isFooterLike = (text: string): boolean =>
  text.length === 0 ||
  isRecipientsLabel(text) ||
  isAuthorityLine(text) ||
  (isUpperCaseText(text) && text.length <= 80) ||
  isPersonName(text) ||
  SIGNED_MARK.test(text) ||
  /^[-–—•+]?[ ]*[{}]/u.test(text) ||
  (/^[-–—•+]/u.test(text) && text.length <= 170)

// Ô 12 (the drafter's initials and the number of copies, PL I mục IV) as
// offices write it after the archive line's final period, in the same cell:
// `- Lưu: VT, CN (2). Ha`, `- Lưu: VT, QLDN3. H(4)`. One short word, no space.
const DRAFTER_MARK = /\.[ ]+(\p{L}[\p{L}\d]{0,9}(?:\(\d{1,4}\))?\.?)$/u

/** The drafter's mark after an archive line's final period, or null. */
const drafterMarkOf = (body: string): { readonly mark: string; readonly at: number } | null => {
  if (!ARCHIVE_LABEL.test(body)) return null
  const m = DRAFTER_MARK.exec(body)
  return m === null ? null : { mark: m[1]!, at: m.index + 1 }
}

const recipientItem = (line: Line, spanOf: SpanOf): RecipientItem => {
  const bullet = BULLET.exec(line.text)
  const full = bullet ? line.text.slice(bullet[0].length) : line.text
  const drafter = drafterMarkOf(full)
  const body = drafter === null ? full : full.slice(0, drafter.at)
  const terminatorMatch = /[;.,:]$/u.exec(body)
  const terminator = terminatorMatch ? terminatorMatch[0] : ""
  let text = terminator ? body.slice(0, -1).trim() : body.trim()
  let purpose: string | null = null
  const p = PURPOSE.exec(text)
  if (p && p.index > 0) {
    purpose = `(${p[1]})`
    text = text.slice(0, p.index).trim()
  }
  return {
    raw: line.text,
    text,
    purpose,
    bullet: bullet ? bullet[1]! : "",
    terminator,
    drafterMark: drafter?.mark ?? null,
    span: spanOf(line.textStart, line.end)
  }
}

const archiveLine = (item: RecipientItem): ArchiveLine | null => {
  const m = ARCHIVE.exec(item.text)
  if (!m) return null
  let rest = item.text.slice(m[0].length).trim()
  let copies: number | null = null
  const c = /\((\d{1,4})\)$/u.exec(rest)
  if (c) {
    copies = Number(c[1])
    rest = rest.slice(0, c.index).trim()
  }
  const units = rest
    .split(/[,;]/u)
    .map((u) => u.trim())
    .filter((u) => u.length > 0)
  return { raw: `${item.text}${item.terminator}`, units, copies, span: item.span }
}

// An upper-case line that closes a recipient (`TTĐTCP;` under `- VPCP: …,
// Cổng`): a signer's title or an authority line never ends with `;`.
const endsAnItem = (text: string): boolean => /[;]$/u.test(text) && !text.endsWith("./.")
// Ô 12 under Nơi nhận: the drafter's initials and the number of copies
// (`PL.(300)`, Phụ lục I); neither a recipient nor a signature title.
const DRAFTER_LINE = /^\p{Lu}{1,8}\.\(\d{1,5}\)$/u

/** The foot block read from its lines. */
export interface Footer {
  readonly recipients: RecipientList | null
  readonly signature: SignatureBlock | null
}

/**
 * Reads Nơi nhận and the signature from the lines of the foot block.
 *
 * @since 0.1.0
 * @category parsing
 */
export const readFooter = (lines: ReadonlyArray<Line>, spanOf: SpanOf): Footer => {
  let label: Line | null = null
  let labelText = ""
  const items: Array<RecipientItem> = []
  const notes: Array<GroupNote> = []
  let inRecipients = false
  let lastItemLine: Line | null = null
  const authority: Array<SigningAuthority> = []
  // Where the last authority line starts, in the offsets `spanOf` takes.
  let lastAuthorityStart = 0
  const titleLines: Array<Line> = []
  const signatureLines: Array<Line> = []
  let signer: Line | null = null
  let recipientsEnd = 0
  for (const line of lines) {
    const text = line.text
    if (text.length === 0) continue
    // A label repeated before any item (`Noi nhận`, a blank line, then
    // `Nơi nhận:`): the one right above the list is the label it belongs to.
    const repeated = label !== null && inRecipients && items.length === 0 && notes.length === 0
    if ((label === null && isRecipientsLabel(text)) || (repeated && isRecipientsLabelLine(text))) {
      const m = LABEL.exec(stripDiacritics(text))!
      label = line
      labelText = text.slice(0, m[0].length)
      recipientsEnd = line.end
      inRecipients = true
      const rest = text.slice(m[0].length).trim()
      if (rest.length > 0 && BULLET.test(rest)) {
        const offset = line.textStart + text.indexOf(rest)
        items.push(recipientItem({ ...line, text: rest, textStart: offset }, spanOf))
      }
      continue
    }
    if (inRecipients) {
      if (/^[-–—•+]?[ ]*\}/u.test(text)) {
        const purpose = /\(([^()]+)\)/u.exec(text)
        notes.push({
          raw: text,
          purpose: purpose ? purpose[1]! : text.replace(/^[-–—•+\}\s]+/u, ""),
          span: spanOf(line.textStart, line.end)
        })
        recipientsEnd = line.end
        continue
      }
      if (BULLET.test(text) || ARCHIVE.test(text)) {
        items.push(recipientItem(line, spanOf))
        lastItemLine = line
        recipientsEnd = line.end
        continue
      }
      // A long recipient wrapped onto the next line, as Word wraps it: the
      // item before has no final `;` or `.` and this line is no other part.
      const previous = items[items.length - 1]
      if (
        lastItemLine !== null &&
        previous !== undefined &&
        (previous.terminator === "," || previous.terminator === "") &&
        !isAuthorityLine(text) &&
        (!isUpperCaseText(text) || endsAnItem(text)) &&
        !isPersonName(text)
      ) {
        lastItemLine = { ...lastItemLine, text: `${lastItemLine.text} ${text}`, end: line.end }
        items[items.length - 1] = recipientItem(lastItemLine, spanOf)
        recipientsEnd = line.end
        continue
      }
      inRecipients = false
    }
    // `KT. BỘ TRƯỞNG,` / `CHỦ NHIỆM`: a head with two titles (the Minister
    // and Chairman of the Government Office) wrapped after its comma.
    const open = authority[authority.length - 1]
    if (open !== undefined && open.on.endsWith(",") && isUpperCaseText(text) && !isAuthorityLine(text)) {
      authority[authority.length - 1] = {
        ...open,
        on: `${open.on} ${text}`,
        span: spanOf(lastAuthorityStart, line.end)
      }
      signatureLines.push(line)
      continue
    }
    if (isAuthorityLine(text)) {
      const m = AUTHORITY.exec(text)!
      const prefix = `${m[1]}${m[2] === undefined ? "" : m[2].trim()}`
      lastAuthorityStart = line.textStart
      authority.push({
        mode: modeOf(m[1]!),
        on: m[3]!.trim(),
        prefix,
        span: spanOf(line.textStart, line.end)
      })
      signatureLines.push(line)
      continue
    }
    if (SIGNED_MARK.test(text) || DRAFTER_LINE.test(text)) continue
    if (isPersonName(text) && (authority.length > 0 || titleLines.length > 0)) {
      signer = line
      signatureLines.push(line)
      continue
    }
    if (isUpperCaseText(text) && text.length <= 80 && signer === null) {
      titleLines.push(line)
      signatureLines.push(line)
    }
  }
  const recipients: RecipientList | null =
    label === null
      ? null
      : {
          label: labelText,
          labelSpan: spanOf(label.textStart, label.textStart + labelText.length),
          items,
          archive: items.reduce<ArchiveLine | null>((found, item) => archiveLine(item) ?? found, null),
          groupNotes: notes,
          span: spanOf(label.textStart, recipientsEnd)
        }
  const first = signatureLines[0]
  const last = signatureLines[signatureLines.length - 1]
  const signature: SignatureBlock | null =
    first === undefined || last === undefined
      ? null
      : {
          authority,
          title: titleLines.length === 0 ? null : titleLines.map((l) => l.text).join(" "),
          signer: signer === null ? null : signer.text,
          lines: signatureLines.map((l) => ({ text: l.text, span: spanOf(l.textStart, l.end) })),
          span: spanOf(first.textStart, last.end)
        }
  return { recipients, signature }
}
