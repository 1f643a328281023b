/**
 * The spelling rules (`syllable`, `misspelling`, `repeated-word`) on real text: the 33
 * documents of `../shared/corpus/real/`, the seeds and `examples/`. Every
 * report must stand on a line where a person recorded a spelling defect
 * (the seeds' `mustReport`, the real truth files' `spelling` defects;
 * `examples/` have none recorded but the ones their READMEs describe), and
 * the typos of the real corpus that a spelling rule can see are found.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { describe, expect, test } from "vitest"
import { lint } from "@cchc/rules"
import { loadSeeds, REPO_ROOT } from "./seeds.js"

const REAL_DIR = resolve(REPO_ROOT, "../shared/corpus/real")
const SPELLING_RULES = new Set(["syllable", "misspelling", "repeated-word"])
const TODAY = "2026-11-22"

interface Defect {
  readonly category: string
  readonly evidence: string
  readonly line: number
}

const spellingReports = (text: string) =>
  lint(text, { extends: "all", today: TODAY })
    .diagnostics.filter((d) => SPELLING_RULES.has(d.ruleId))
    .map((d) => ({ line: d.span.start.line, rule: d.ruleId, message: d.message }))

// The lines a defect's evidence covers (it may run over a line break).
const defectLines = (defect: Defect): Array<number> =>
  Array.from({ length: defect.evidence.split("\n").length }, (_, i) => defect.line + i)

if (!existsSync(REAL_DIR)) {
  console.warn(`[cchc] real corpus not found at ${REAL_DIR}: spelling corpus tests skipped`)
  test.skip(`spelling rules on the real corpus (${REAL_DIR} not found)`, () => {})
} else {
  const ids = readdirSync(REAL_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.replace(/\.txt$/, ""))
    .sort()
  const all = ids.map((id) => {
    const truth = JSON.parse(readFileSync(join(REAL_DIR, `${id}.truth.json`), "utf8"))
    const defects = (truth.defects as ReadonlyArray<Defect>).filter((d) => d.category === "spelling")
    return { id, defects, reports: spellingReports(readFileSync(join(REAL_DIR, `${id}.txt`), "utf8")) }
  })

  describe("spelling rules on the real corpus", () => {
    for (const { id, defects, reports } of all) {
      test(`${id}: every report is on a line of a recorded spelling defect`, () => {
        const recorded = new Set(defects.flatMap(defectLines))
        expect(reports.filter((r) => !recorded.has(r.line))).toEqual([])
      })
    }

    test("the typos a spelling rule can see are found", () => {
      // Typos that need more than spelling (a garbled phrase, a word that is
      // right elsewhere: `đê`, `quản lí`, a line break inside `thi hành`)
      // are left out of this list, not out of the corpus.
      const expected = [
        ["cv01", "the o yêu cầu"],
        ["cv01", "Ủy ban nhân Thành phố"],
        ["cv02", "luât"],
        ["cv06", "công tác công tác"],
        ["cv10", "khoản l,"],
        ["kh02", "chuyển đối số"],
        ["kh03", "Hà Nôi"],
        ["kh03", "các\ncác nền tảng"],
        ["kh05", "kính phí"],
        ["kh06", "Quân sự tinh;"],
        ["kh06", "BCHPTDS tinh;"],
        ["kh07", "chuyển đối số"],
        ["qd03", "Ủy ban nhân xã"],
        ["qd03", "Ủy ban nhân các xã"],
        ["qd04", "BIÊN CHẾN"]
      ]
      const missed = expected.filter(([id, evidence]) => {
        const doc = all.find((d) => d.id === id)!
        const defect = doc.defects.find((d) => d.evidence === evidence)!
        return !doc.reports.some((r) => defectLines(defect).includes(r.line))
      })
      expect(missed).toEqual([])
    })
  })
}

describe("spelling rules on the seeds and examples", () => {
  for (const seed of loadSeeds()) {
    test(`${seed.name}: every report is a recorded misspelling`, () => {
      const recorded = new Set(
        (seed.expected.mustReport as ReadonlyArray<{ rule: string; line?: number }>)
          .filter((m) => SPELLING_RULES.has(m.rule))
          .map((m) => m.line)
      )
      expect(spellingReports(seed.text).filter((r) => !recorded.has(r.line))).toEqual([])
    })
  }

  const examples = join(REPO_ROOT, "examples/documents")
  for (const file of readdirSync(examples).filter((f) => f.endsWith(".txt"))) {
    test(`examples/documents/${file}: no syllable report`, () => {
      const text = readFileSync(join(examples, file), "utf8")
      expect(spellingReports(text).filter((r) => r.rule !== "misspelling")).toEqual([])
    })
  }
})
