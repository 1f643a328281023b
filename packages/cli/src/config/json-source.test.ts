import { describe, expect, test } from "vitest"
import { JsonSyntaxError, parseJsonSource } from "./json-source.js"

describe("parseJsonSource", () => {
  test("reads values and records where each member's key is written", () => {
    const source = parseJsonSource(
      '{\n  "rules": { "end-mark": "off" },\n  "overrides": [{ "kinds": ["BC"] }]\n}'
    )
    expect(source.value).toEqual({ rules: { "end-mark": "off" }, overrides: [{ kinds: ["BC"] }] })
    expect(source.positions.get("rules")).toEqual({ line: 2, column: 3 })
    expect(source.positions.get("rules.end-mark")).toEqual({ line: 2, column: 14 })
    expect(source.positions.get("overrides[0].kinds[0]")).toEqual({ line: 3, column: 29 })
  })

  test("agrees with JSON.parse on escapes, numbers and literals", () => {
    const text = '{"a":"x\\n\\u00e1\\"","b":[-1.5e3,0,true,false,null],"c":{}}'
    expect(parseJsonSource(text).value).toEqual(JSON.parse(text))
  })

  test("says what was expected and where", () => {
    expect(() => parseJsonSource('{\n  "rules": {\n    "end-mark": "off",\n  }\n}')).toThrow(JsonSyntaxError)
    try {
      parseJsonSource('{\n  "rules": {\n    "end-mark": "off",\n  }\n}')
    } catch (error) {
      expect((error as JsonSyntaxError).position).toEqual({ line: 4, column: 3 })
      expect((error as JsonSyntaxError).message).toBe(
        "invalid JSON: expected a string in double quotes, found '}'"
      )
    }
  })

  test("rejects trailing text and an empty file", () => {
    expect(() => parseJsonSource("{} x")).toThrow("expected the end of the file")
    expect(() => parseJsonSource("")).toThrow("found the end of the file")
  })
})
