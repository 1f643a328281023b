/**
 * The benchmark corpus, generated deterministically from a seed: documents
 * built from the example documents and the arbitraries of
 * `@cchc/core/testing`, each with zero to three realistic defects; single
 * long documents of a given size; and hostile inputs of a given size.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import * as fc from "fast-check"
import { DEFECTS } from "../fuzz/defects.js"
import { arbitraryRenderableSpec } from "../fuzz/inputs.js"
import type { Testing } from "./sdk.js"

export const EXAMPLES_DIR = new URL("../examples/documents/", import.meta.url).pathname

export const loadExamples = (): Array<string> =>
  readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES_DIR, f), "utf8"))

const DEFECT_NAMES = Object.keys(DEFECTS)

/** A document of the corpus and the defects it was given. */
export interface CorpusDocument {
  readonly name: string
  readonly text: string
  readonly defects: ReadonlyArray<string>
}

/**
 * `count` documents from `seed`. Half are example documents with their
 * number, place-date and part of their body replaced from the arbitraries;
 * the rest are rendered from `arbitraryDocumentSpec` (when `renderText`
 * and the spec arbitrary are available) or, failing that, also built from
 * the examples. Each gets zero to three defects.
 */
export const generateCorpus = (
  count: number,
  seed: number,
  testing: Testing,
  render: ((spec: unknown) => string) | null
): Array<CorpusDocument> => {
  const examples = loadExamples()
  const fromExample = fc
    .record({
      example: fc.nat({ max: examples.length - 1 }),
      number: testing.arbitraryDocumentNumber,
      placeDate: testing.arbitraryPlaceDateLine,
      citations: fc.array(testing.arbitraryCitationText, { maxLength: 4 }),
      paragraphs: fc.array(testing.arbitraryVietnameseText, { maxLength: 3 })
    })
    .map(({ example, number, placeDate, citations, paragraphs }) => {
      let text = examples[example]!
      text = text.replace(/^Số: .*$/mu, `Số: ${number.text}`)
      text = text.replace(/^[^\n,]+, ngày \d+ tháng \d+ năm \d{4}$/mu, placeDate.text)
      const extra = [
        ...citations.map(
          (c) => `Thực hiện ${c.text}, các cơ quan, đơn vị triển khai đầy đủ các nhiệm vụ được giao.`
        ),
        ...paragraphs.map((p) => p.replace(/\n+/g, " ").trim()).filter((p) => p.length > 0)
      ]
      if (extra.length > 0) {
        const at = text.indexOf("\n\n", text.indexOf("\nI. ") + 1)
        if (at !== -1) text = text.slice(0, at) + "\n\n" + extra.join("\n\n") + text.slice(at)
      }
      return text
    })
  const specs = arbitraryRenderableSpec(testing)
  const fromSpec = render !== null && specs !== null ? specs.map((spec) => render(spec)) : fromExample
  const defects = fc.array(fc.tuple(fc.constantFrom(...DEFECT_NAMES), fc.nat()), { maxLength: 3 })
  const documents = fc.sample(fc.tuple(fc.oneof(fromExample, fromSpec), defects), { seed, numRuns: count })
  return documents.map(([clean, chosen], i) => {
    let text = clean
    for (const [name, pick] of chosen) text = DEFECTS[name]!(text, pick)
    return { name: `doc-${String(i).padStart(5, "0")}.txt`, text, defects: chosen.map(([name]) => name) }
  })
}

/**
 * One long report of about `bytes` bytes (UTF-8): the header of the
 * example plan, a body of numbered sections drawn from the bodies of the
 * example documents (as a long annual report reads), and the foot.
 */
export const longDocument = (bytes: number): string => {
  const [report, , plan] = loadExamples() as [string, string, string]
  const bodyOf = (t: string) => t.slice(t.indexOf("\nI. ") + 1, t.indexOf("\nTrên đây"))
  const headEnd = plan.indexOf("\nI. ") + 1
  const head = plan.slice(0, headEnd)
  const foot = plan.slice(plan.indexOf("\nTrên đây") + 1)
  const blocks = [bodyOf(report), bodyOf(plan)].flatMap((b) => b.split(/\n(?=[IVX]+\. )/u))
  const parts: Array<string> = []
  let size = Buffer.byteLength(head) + Buffer.byteLength(foot)
  for (let section = 1; size < bytes; section++) {
    const block = blocks[section % blocks.length]!.replace(/^[IVX]+\. /u, `${section}. `)
    parts.push(block)
    size += Buffer.byteLength(block) + 1
  }
  const text = head + parts.join("\n") + "\n" + foot
  return truncateToBytes(text, bytes, foot)
}

// Cut the body so that the whole text is at most `bytes` long, keeping
// the foot, so that the four sizes differ only in length.
const truncateToBytes = (text: string, bytes: number, foot: string): string => {
  const buffer = Buffer.from(text)
  if (buffer.length <= bytes) return text
  const footBytes = Buffer.byteLength(foot)
  const body = buffer
    .subarray(0, bytes - footBytes - 1)
    .toString("utf8")
    .replace(/\uFFFD+$/u, "")
  return body.slice(0, body.lastIndexOf("\n") + 1) + "\n" + foot
}

const fill = (unit: string, bytes: number): string => {
  const unitBytes = Buffer.byteLength(unit)
  return unit.repeat(Math.max(1, Math.floor(bytes / unitBytes)))
}

/**
 * Hostile inputs of about `bytes` bytes, named as in the documentation:
 * the shapes that make a careless regular expression backtrack or a
 * careless parser go quadratic.
 */
export const HOSTILE: Record<string, (bytes: number) => string> = {
  "open-parens": (n) => fill("(", n),
  slashes: (n) => fill("1/", n),
  "ngay-repeated": (n) => fill("ngày ", n),
  "dash-lines": (n) => fill("- \n", n),
  "one-long-line": (n) => fill("Ủy ban nhân dân xã báo cáo kết quả cải cách hành chính, ", n),
  "spaces-then-letter": (n) => "Lưu" + fill(" ", n - 4) + "x",
  digits: (n) => fill("1", n),
  citations: (n) => fill("Quyết định số 05/QĐ-UBND ngày 05/3/2024 của UBND tỉnh; ", n),
  labels: (n) => fill("Số:\nNơi nhận:\nKT. CHỦ TỊCH\n", n),
  "combining-marks": (n) => fill("a\u0301\u0323", n),
  "zero-width": (n) => fill("\u200B", n),
  "crlf-only": (n) => fill("\r\n", n),
  // Found by bench/regex-attacks.ts: runs of spaces where a pattern has two
  // loops over them, ended by U+2028 (which `.` does not match).
  "citation-then-spaces": (n) => "Quyết định số 05/QĐ-UBND" + fill(" ", n - 30) + "x",
  // Found by tests/regex-safety.test.ts: spaces after `số` with no number.
  "so-then-spaces": (n) => "Luật số" + fill(" ", n - 8) + "ơ",
  "subject-line-spaces": (n) => "Số: 05/UBND-VP\nV/v" + fill(" ", n - 24) + "\u2028x",
  "place-date-spaces": (n) => "ngày" + fill(" ", (n >> 1) - 8) + "tháng" + fill(" ", (n >> 1) - 8) + "\u2028x"
}
