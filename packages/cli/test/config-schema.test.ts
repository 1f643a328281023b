// The JSON Schema shipped for cchc.config.json accepts what the CLI
// accepts and rejects what it rejects, so that editors tell the truth.
import { ALL_RULES } from "@cchc/rules"
import Ajv from "ajv"
import { describe, expect, test } from "vitest"
import { validateConfigFile } from "../src/config/config-file.js"
import { configJsonSchema } from "../src/config/config-schema.js"

const validate = new Ajv({ allErrors: true, strict: false }).compile(configJsonSchema(ALL_RULES))
const ruleIds = new Set(ALL_RULES.map((r) => r.meta.id))

const accepted = [
  {},
  {
    $schema: "./node_modules/@cchc/cli/dist/cchc.config.schema.json",
    extends: ["recommended"],
    rules: {},
    overrides: [],
    ignores: []
  },
  { extends: "strict", rules: { "end-mark": "off", "place-date": { severity: "warning" } } },
  { extends: ["recommended", "./shared/base.json"], today: "2026-01-15" },
  {
    overrides: [
      { kinds: ["BC", "Công văn"], rules: { "kinh-gui": "error" } },
      { files: ["drafts/**"], rules: {} }
    ]
  },
  { ignores: ["archive/", "*.md"] }
]

const rejected = [
  { rulez: {} },
  { extends: ["recomended"] },
  { rules: { "no-such-rule": "error" } },
  { rules: { "end-mark": "warn" } },
  { rules: { "end-mark": { severity: "error", colour: "red" } } },
  { overrides: [{ rules: {} }] },
  { overrides: [{ kinds: ["BC"] }] },
  { ignores: "drafts" },
  { today: "15/01/2026" }
]

describe("cchc.config.schema.json", () => {
  test.each(accepted)("accepts %j, as the CLI does", (config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true)
    expect(validateConfigFile(config, ruleIds).issues).toEqual([])
  })

  test.each(rejected)("rejects %j, as the CLI does", (config) => {
    expect(validate(config)).toBe(false)
    expect(validateConfigFile(config, ruleIds).issues.length).toBeGreaterThan(0)
  })

  test("lists every rule, with its description", () => {
    const schema = configJsonSchema(ALL_RULES) as unknown as {
      definitions: { rules: { properties: Record<string, { description: string }> } }
    }
    expect(Object.keys(schema.definitions.rules.properties).sort()).toEqual([...ruleIds].sort())
    expect(schema.definitions.rules.properties["place-date"]!.description).toContain(
      "ngày DD tháng M năm YYYY"
    )
  })
})
