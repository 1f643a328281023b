/**
 * The spec as a public contract: decoding with located errors and
 * did-you-mean for unknown keys, the committed JSON Schema, and the
 * sample `spec.json` of each kind in `examples/specs/`.
 */
import { readdirSync, readFileSync } from "node:fs"
import {
  decodeDocumentSpec,
  decodeDocumentSpecEffect,
  DocumentSpecDecodeError,
  documentSpecJsonSchema,
  parseDocument,
  resolveSpecKind
} from "@cchc/core"
import { renderHtml, renderMarkdown, renderText } from "@cchc/format"
import { lint } from "@cchc/rules"
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { describe, expect, test } from "vitest"
import { sampleReport } from "../packages/format/src/__fixtures__/sample-report.js"
import { expectSameModel } from "../packages/format/src/properties/expect-same-model.js"
import { REPO_ROOT } from "./seeds.js"

const copy = <T>(value: T): any => JSON.parse(JSON.stringify(value))

describe("decodeDocumentSpec", () => {
  test("decodes a valid spec", () => {
    const decoded = decodeDocumentSpec(copy(sampleReport))
    expect(Result.isSuccess(decoded) && decoded.success).toEqual(sampleReport)
  })

  test("an unknown key is an error with the closest known key, at any depth", () => {
    const input = copy(sampleReport)
    input.kinhgui = input.kinhGui
    delete input.kinhGui
    input.sections[1].children[0].heding = "Một"
    input.recipients.archive.unit = ["VP"]
    const decoded = decodeDocumentSpec(input)
    expect(Result.isFailure(decoded)).toBe(true)
    if (!Result.isFailure(decoded)) return
    expect(decoded.failure).toBeInstanceOf(DocumentSpecDecodeError)
    expect(decoded.failure.issues.map((i) => [i.at, i.message.split(";")[0]])).toEqual([
      ["kinhgui", "unknown key (did you mean 'kinhGui'?)"],
      ["sections[1].children[0].heding", "unknown key (did you mean 'heading'?)"],
      ["recipients.archive.unit", "unknown key (did you mean 'units'?)"]
    ])
    expect(decoded.failure.issues[1]!.path).toEqual(["sections", 1, "children", 0, "heding"])
  })

  test("schema errors are listed with their paths, every one of them", () => {
    const input = copy(sampleReport)
    input.placeDate.month = 13
    input.number.issuerCode = "ubnd"
    const decoded = decodeDocumentSpec(input)
    expect(Result.isFailure(decoded)).toBe(true)
    if (!Result.isFailure(decoded)) return
    expect(decoded.failure.issues.map((i) => i.at).sort()).toEqual(["number.issuerCode", "placeDate.month"])
    expect(decoded.failure.message).toContain("placeDate.month: ")
  })

  test("not an object at all", () => {
    const decoded = decodeDocumentSpec("Báo cáo")
    expect(Result.isFailure(decoded) && decoded.failure.issues.length).toBeGreaterThan(0)
  })

  test("the Effect variant fails with the same error", async () => {
    const exit = await Effect.runPromise(
      Effect.result(decodeDocumentSpecEffect({ ...copy(sampleReport), kindd: 1 }))
    )
    expect(Result.isFailure(exit) && exit.failure._tag).toBe("DocumentSpecDecodeError")
    const ok = await Effect.runPromise(decodeDocumentSpecEffect(copy(sampleReport)))
    expect(ok.kind).toBe("Báo cáo")
  })
})

describe("the JSON Schema of DocumentSpec", () => {
  test("docs/document-spec.schema.json is the schema's current JSON Schema (run `pnpm schema` after a change)", () => {
    const committed = JSON.parse(readFileSync(`${REPO_ROOT}/docs/document-spec.schema.json`, "utf8"))
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentSpecJsonSchema())))
  })

  test("refuses unknown keys and names every top-level field", () => {
    const schema = documentSpecJsonSchema() as {
      $defs: Record<string, { properties?: Record<string, unknown>; additionalProperties?: unknown }>
    }
    const spec = schema.$defs.DocumentSpec!
    expect(spec.additionalProperties).toBe(false)
    expect(Object.keys(spec.properties!)).toEqual(
      expect.arrayContaining(["kind", "kinhGui", "secrecy", "address"])
    )
  })
})

const EXAMPLES = `${REPO_ROOT}/examples/specs`
const exampleFiles = readdirSync(EXAMPLES).filter((f) => f.endsWith(".json"))

describe("the sample spec.json files", () => {
  test("there is one per kind the examples cover, each a different kind", () => {
    const kinds = exampleFiles.map(
      (f) => resolveSpecKind(JSON.parse(readFileSync(`${EXAMPLES}/${f}`, "utf8")).kind)?.name
    )
    expect(new Set(kinds).size).toBe(exampleFiles.length)
    expect(exampleFiles.length).toBeGreaterThanOrEqual(6)
  })

  test.each(exampleFiles)("%s decodes, renders and lints clean in text, Markdown and HTML", (file) => {
    const decoded = decodeDocumentSpec(JSON.parse(readFileSync(`${EXAMPLES}/${file}`, "utf8")))
    if (Result.isFailure(decoded)) throw new Error(decoded.failure.message)
    const spec = decoded.success
    for (const text of [renderText(spec), renderMarkdown(spec)]) {
      expect(
        lint(text, { extends: "recommended" })
          .diagnostics.filter((d) => d.severity !== "info")
          .map((d) => `${d.ruleId}/${d.messageId}: ${d.message}`)
      ).toEqual([])
    }
    expect(renderHtml(spec)).toContain("<!DOCTYPE html>")
  })
})
