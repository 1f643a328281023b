import { decodeDocument, documentJsonSchema, encodeDocument, parseDocument } from "@cchc/core"
import * as Result from "effect/Result"
import { readFileSync } from "node:fs"
import { describe, expect, test } from "vitest"
import { REPO_ROOT } from "./seeds.js"

describe("the JSON contract of Document", () => {
  test("docs/document.schema.json is the schema's current JSON Schema (run `pnpm schema` after a change)", () => {
    const committed = JSON.parse(readFileSync(`${REPO_ROOT}/docs/document.schema.json`, "utf8"))
    expect(committed).toEqual(JSON.parse(JSON.stringify(documentJsonSchema())))
  })

  test("the names other tools read are in the schema", () => {
    const schema = documentJsonSchema() as { $defs: Record<string, { properties?: Record<string, unknown> }> }
    const doc = schema.$defs.Document!.properties!
    for (const key of [
      "isDocument",
      "kind",
      "issuer",
      "number",
      "placeDate",
      "title",
      "sections",
      "citations",
      "metrics",
      "signature",
      "recipients",
      "kinhGui",
      "regime",
      "copy"
    ]) {
      expect(doc, key).toHaveProperty(key)
    }
    expect(schema.$defs.DocumentNumber!.properties).toHaveProperty("issuerCode")
    expect(schema.$defs.LegalCitation!.properties).toHaveProperty("date")
  })

  test("a parsed document survives JSON and decodes back", () => {
    const doc = parseDocument(
      "Số: 05/BC-UBND\nBÁO CÁO\nKết quả\n1. Một\nTrên đây./.\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn A"
    )
    const json = JSON.parse(JSON.stringify(encodeDocument(doc)))
    const decoded = decodeDocument(json)
    expect(Result.isSuccess(decoded)).toBe(true)
    expect(Result.getOrThrow(decoded)).toEqual(doc)
  })

  test("a malformed document is refused with the path in the message", () => {
    const decoded = decodeDocument({ isDocument: "yes" })
    expect(Result.isFailure(decoded)).toBe(true)
  })
})
