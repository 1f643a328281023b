/**
 * When a line break is a hard wrap inside one line of the document, and
 * not the end of that line: each join must be earned by evidence, so that
 * a document laid out one paragraph per line reads as it always did.
 *
 * @since 0.2.0
 */
import { foldToneMarks, isUpperCaseText } from "../text/fold.js"
import { DATE_PART as DATE } from "../parse/place-date.js"
import { isNameBigram } from "./phrase-bigrams.js"

/** Why two lines were read as one (for tests and debugging). */
export type WrapEvidence =
  | "formula"
  | "number"
  | "place-date"
  | "name"
  | "emphasis"
  | "continues-lower-case"
  | "open-word"
  | "takes-a-number"

// The fixed formulas of the head, folded to lower case without tone
// placement differences: a break inside one of them is always a wrap.
const FORMULAS = [
  "cộng hòa xã hội chủ nghĩa việt nam",
  "đảng cộng sản việt nam",
  "độc lập - tự do - hạnh phúc"
].map((f) => f.split(" "))

const words = (text: string): Array<string> =>
  foldToneMarks(text)
    .toLowerCase()
    .replace(/[–—]/gu, "-")
    .split(/[ ]+/u)
    .filter((w) => w.length > 0)

// Every word of the formulas: a break with another word on either side
// cannot be inside one (the cheap test that spares the full one).
// (`hoà` is the other tone placement of `hòa`; the dashes are the motto's.)
const FORMULA_WORDS = new Set([...FORMULAS.flat(), "hoà", "–", "—"])
const isFormulaWord = (word: string): boolean => word.length <= 6 && FORMULA_WORDS.has(word.toLowerCase())

// The end of `a` is the start of a formula and `b` goes on with it.
const breaksFormula = (a: string, b: string, last: string, first: string): boolean => {
  if (!isFormulaWord(last) || !isFormulaWord(first)) return false
  const tail = words(a.slice(-60))
  const head = words(b.slice(0, 60))
  if (tail.length === 0 || head.length === 0) return false
  for (const formula of FORMULAS) {
    for (let k = Math.min(formula.length - 1, tail.length); k >= 1; k--) {
      let prefix = true
      for (let j = 0; j < k && prefix; j++) prefix = tail[tail.length - k + j] === formula[j]
      if (!prefix) continue
      const rest = formula.length - k
      const m = Math.min(rest, head.length)
      let goesOn = true
      for (let j = 0; j < m && goesOn; j++) goesOn = head[j] === formula[k + j]
      if (goesOn && (m === rest || m === head.length)) return true
    }
  }
  return false
}

const NUMBER_LABEL = /^(?:Số|SỐ|So)[ ]*:?$/u
const NUMBER_START = /^[\d…._/]/u

// A place-date cut inside its date (`Hà Nội, ngày` / `21 tháng 11 năm
// 2025`) or inside its place (`Thành phố Hồ Chí` / `Minh, ngày …`).
const breaksPlaceDate = (a: string, b: string): boolean => {
  // `ngày` opens the date and no break falls inside a word.
  if (!b.includes("ngày") && !a.includes("ngày")) return false
  if (DATE.test(a)) return false
  const joined = `${a} ${b}`
  const m = DATE.exec(joined)
  if (m === null) return false
  if (m.index < a.length) return m.index + m[0].length > a.length
  // The date is all in `b`: `a` must be the start of its place.
  const before = b.slice(0, m.index - a.length - 1).trimEnd()
  if (!/^\p{Lu}[\p{L} ]*,?$/u.test(before)) return false
  const place = a.split(/[ ]+/u)
  return (
    a.length <= 40 &&
    place.length <= 6 &&
    !isUpperCaseText(a) &&
    place.every((w) => /^\p{Lu}[\p{Ll}]*\.?$/u.test(w) || /^(?:và|-)$/u.test(w))
  )
}

// Lines that begin a new element whatever came before: a bullet, a
// numbered heading or item, an article, a formula of the head or the foot.
const STRUCTURAL_START =
  /^(?:[-–—•+]|\d+(?:\.\d+)*[.)](?:[ ]|$)|[IVXLC]+[.)](?:[ ]|$)|\p{Ll}[).](?:[ ]|$)|(?:Điều|Chương|Mục|Phần|ĐIỀU|CHƯƠNG|MỤC|PHẦN)[ ]+[\dIVXLC]|Căn[ ]+cứ|Kính[ ]+gửi|Đồng[ ]+kính[ ]+gửi|Nơi[ ]+nhận|Số[ ]*:|(?:TM|KT|TL|TUQ|T\/M|K\/T|T\/L)\.?[ ]|\.\/\.|\()/u

const TERMINAL = /[.;:!?]$/u
const STARTS_LOWER = /^\p{Ll}/u
const STARTS_WORD = /^[\p{L}\d]/u

// Words a sentence does not end on: a break after one is inside the
// sentence. Function words, and the words that take a name or a number.
const OPEN_WORDS = new Set(
  (
    "của và các cho với theo tại về trong trên từ đến để là được có những bằng hoặc như thuộc do " +
    "qua vào sau trước giữa đối nhằm gồm kèm khi nếu mà thì đã đang sẽ phải cần một mỗi từng"
  ).split(" ")
)
const TAKES_A_NUMBER = new Set("số ngày tháng năm điều khoản điểm mục lúc đạt là và".split(" "))

// In running text a body's name goes on with its level and place
// (`Ủy ban nhân dân` / `Thành phố`); in the head the level opens the
// issuer's second line on purpose, and upper-case lines never get here.
const ENDS_WITH_LOCAL_BODY = /(?:Ủy|Uỷ)[ ]+ban[ ]+nhân[ ]+dân$|Hội[ ]+đồng[ ]+nhân[ ]+dân$/u
const LEVEL_START =
  /^(?:Thành[ ]+phố|Tỉnh|tỉnh|Xã|xã|Phường|phường|Huyện|huyện|Quận|quận|Thị[ ]+xã|Đặc[ ]+khu)(?!\p{L})/u
/** A line this long that ends without punctuation was wrapped at the page width. */
const LONG_LINE = 60

const lastWord = (text: string): string => {
  const i = text.lastIndexOf(" ")
  return text.slice(i + 1)
}
const firstWord = (text: string): string => {
  const i = text.indexOf(" ")
  return i === -1 ? text : text.slice(0, i)
}
const OPENING = new Set(["(", '"', "“"])
const CLOSING = new Set([")", '"', "”", ","])
const bare = (word: string): string => {
  let s = 0
  let e = word.length
  while (s < e && OPENING.has(word[s]!)) s++
  while (e > s && CLOSING.has(word[e - 1]!)) e--
  return word.slice(s, e)
}

/**
 * Whether line `b` continues line `a` (both trimmed, emphasis markers
 * removed): the evidence that earns the join, or `null` when the break
 * stands. `held` says a bold or italic run is open across the break;
 * `lineSoFar` is the end of the logical line `a` closes, when lines above
 * were already joined to it (a formula wrapped over three lines).
 *
 * @since 0.2.0
 * @category reading
 * @example
 * ```ts
 * import { wrapEvidence } from "@cchc/core"
 * wrapEvidence("CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM", false) // "formula"
 * wrapEvidence("Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 05 tháng 01 năm 2020", false) // null
 * ```
 */
export const wrapEvidence = (
  a: string,
  b: string,
  held: boolean,
  lineSoFar: string = a
): WrapEvidence | null => {
  if (a.length === 0 || b.length === 0) return null
  const last = bare(lastWord(a))
  const first = bare(firstWord(b))
  if (breaksFormula(lineSoFar, b, last, first)) return "formula"
  if (NUMBER_LABEL.test(a) && NUMBER_START.test(b)) return "number"
  if (breaksPlaceDate(a, b)) return "place-date"
  const upperA = isUpperCaseText(a)
  const upperB = isUpperCaseText(b)
  if (TERMINAL.test(a)) return null
  if (isNameBigram(last, first) && (upperA === upperB || !upperB)) return "name"
  // Upper-case lines of the head and the foot are separate lines unless
  // a name says otherwise (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NGÃI`).
  if (upperA && upperB) return null
  if (STRUCTURAL_START.test(b)) return null
  // A run holds mixed-case lines together; an upper-case title is its own
  // line even when its trích yếu shares its bold (`**KẾ HOẠCH` / `Tuyên …**`).
  if (held && !upperA && !upperB) return "emphasis"
  if (upperA) return null
  if (STARTS_LOWER.test(b)) return "continues-lower-case"
  const tail = last.toLowerCase()
  // A figure opens a wrapped line of a long sentence (`… và hoàn thành` /
  // `100% việc …`), not a line after a short heading.
  if (/^\d/u.test(b)) return TAKES_A_NUMBER.has(tail) || a.length >= LONG_LINE ? "takes-a-number" : null
  if (ENDS_WITH_LOCAL_BODY.test(a) && LEVEL_START.test(b)) return "name"
  // A short numbered heading ends its line (`1. Xây dựng chính quyền số`).
  const shortHeading = STRUCTURAL_START.test(a) && a.length < LONG_LINE
  if (!shortHeading && OPEN_WORDS.has(tail) && STARTS_WORD.test(b) && !upperB) return "open-word"
  return null
}
