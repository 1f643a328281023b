/**
 * What the fuzzer feeds the SDK: random Unicode, the genre's atoms,
 * example documents broken the way extraction and editing break them,
 * documents rendered from specs with a defect, and legacy-encoded or
 * PDF-mangled text. Every input is tagged with its family so that a
 * failure says where it came from.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import * as fc from "fast-check"
import { DEFECTS } from "./defects.js"

/** The arbitraries of `@cchc/core/testing` the fuzzer uses (the source or the built entry). */
export interface TestingArbitraries {
  readonly arbitraryHostileText: fc.Arbitrary<string>
  readonly arbitraryMutation: fc.Arbitrary<(text: string) => string>
  readonly arbitraryGenreAtom: fc.Arbitrary<string>
  readonly arbitraryVietnameseText: fc.Arbitrary<string>
  readonly arbitraryDocumentSpec?: fc.Arbitrary<unknown>
  readonly arbitraryDocumentSpecWithNamedDefect?: (defect: never) => fc.Arbitrary<unknown>
  readonly DOCUMENT_SPEC_DEFECTS?: Readonly<Record<string, { readonly layer: string }>>
}

/**
 * Specs that render: clean ones, and ones with a defect that only the
 * linter catches (the formatter refuses the others by design).
 */
export const arbitraryRenderableSpec = (testing: TestingArbitraries): fc.Arbitrary<unknown> | null => {
  const {
    arbitraryDocumentSpec: clean,
    arbitraryDocumentSpecWithNamedDefect: withDefect,
    DOCUMENT_SPEC_DEFECTS: defects
  } = testing
  if (clean === undefined) return null
  if (withDefect === undefined || defects === undefined) return clean
  const lintDefects = Object.keys(defects).filter((name) => defects[name]!.layer === "lint")
  if (lintDefects.length === 0) return clean
  return fc.oneof(
    clean,
    fc.constantFrom(...lintDefects).chain((name) => withDefect(name as never))
  )
}

export interface InputSources {
  readonly testing: TestingArbitraries
  /** `renderText` of `@cchc/format`, when it is available. */
  readonly render?: ((spec: unknown) => string) | null
  /** `encodeLegacyText` of `@cchc/core`, when it is available. */
  readonly encodeLegacy?: ((text: string, to: "tcvn3" | "vni") => string) | null
}

export interface FuzzInput {
  readonly family: string
  readonly text: string
}

const ROOT = new URL("../", import.meta.url).pathname
const SEEDS_DIR = join(ROOT, "../shared/corpus/seeds")

/**
 * The example documents, and the seed corpus when it sits beside the
 * repository (read in place, never copied).
 */
export const baseDocuments = (): Array<string> => {
  const dirs = [join(ROOT, "examples/documents"), ...(existsSync(SEEDS_DIR) ? [SEEDS_DIR] : [])]
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8"))
  )
}

const DEFECT_NAMES = Object.keys(DEFECTS)
const arbitraryDefects = fc.array(fc.tuple(fc.constantFrom(...DEFECT_NAMES), fc.nat()), { maxLength: 4 })
const withDefects = (text: string, defects: ReadonlyArray<readonly [string, number]>) =>
  defects.reduce((t, [name, pick]) => DEFECTS[name]!(t, pick), text)

// Lone surrogates, NUL, controls, direction marks, combining runs, full-width
// and astral characters: what a broken converter or a hostile caller sends.
const oddUnit = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(
    "\u0000",
    "\u0008",
    "\u001b",
    "\u007f",
    "\u0085",
    "\u2028",
    "\u2029",
    "\u200e",
    "\u202e",
    "\ufffd",
    "\uffff",
    "\u{1F600}",
    "\u{10FFFF}"
  ),
  fc.integer({ min: 0x0300, max: 0x036f }).map((c) => String.fromCharCode(c))
)
const randomUnicode = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      { weight: 1, arbitrary: oddUnit }
    ),
    { maxLength: 30 }
  )
  .map((xs) => xs.join(""))

// What PDF extraction leaves of Vietnamese: letters with diacritics dropped
// or replaced by a space, Đ read as ð (`B GIÁO D C VÀ ðÀO T O`).
const loseDiacritics = (text: string, keepSome: boolean): string =>
  text.replace(/[^\u0000-\u00ff\n]/gu, (ch) =>
    ch === "Đ" || ch === "đ" ? "ð" : keepSome && ch.charCodeAt(0) % 3 === 0 ? ch : " "
  )

/** The families whose inputs are documents, broken the way real ones are. */
export const DOCUMENT_FAMILIES: ReadonlySet<string> = new Set(["mutated-document", "rendered-spec"])

/** Generates the inputs of every family. */
export const arbitraryFuzzInput = (sources: InputSources): fc.Arbitrary<FuzzInput> => {
  const { testing } = sources
  const bases = baseDocuments()
  const base = fc.constantFrom(...bases)
  const tag =
    (family: string) =>
    (text: string): FuzzInput => ({ family, text })

  const mutated = fc
    .tuple(
      base,
      testing.arbitraryMutation,
      arbitraryDefects,
      fc.array(fc.tuple(fc.nat(), testing.arbitraryGenreAtom), { maxLength: 4 })
    )
    .map(([text, mutate, defects, atoms]) => {
      let out = withDefects(mutate(text), defects)
      // Atoms inside lines too, not only as lines of their own.
      for (const [at, atom] of atoms) {
        const i = out.length === 0 ? 0 : at % (out.length + 1)
        out = out.slice(0, i) + atom + out.slice(i)
      }
      return { family: "mutated-document", text: out }
    })

  const families: Array<fc.WeightedArbitrary<FuzzInput>> = [
    { weight: 3, arbitrary: testing.arbitraryHostileText.map(tag("hostile-text")) },
    { weight: 2, arbitrary: randomUnicode.map(tag("random-unicode")) },
    { weight: 5, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.boolean())
        .map(([text, keepSome]) => ({ family: "lost-diacritics", text: loseDiacritics(text, keepSome) }))
    }
  ]
  const specs = arbitraryRenderableSpec(testing)
  if (sources.render && specs !== null) {
    const render = sources.render
    families.push({
      weight: 3,
      arbitrary: fc
        .tuple(specs, arbitraryDefects)
        .map(([spec, defects]) => ({ family: "rendered-spec", text: withDefects(render(spec), defects) }))
    })
  }
  if (sources.encodeLegacy) {
    const encode = sources.encodeLegacy
    families.push({
      weight: 1,
      arbitrary: fc
        .tuple(base, fc.constantFrom("tcvn3" as const, "vni" as const), testing.arbitraryMutation)
        .map(([text, encoding, mutate]) => ({
          family: `legacy-${encoding}`,
          text: mutate(encode(text, encoding))
        }))
    })
  }
  return fc.oneof(...families)
}
