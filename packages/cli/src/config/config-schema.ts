/**
 * The JSON Schema of `cchc.config.json`, generated from the rules'
 * metadata so that editors complete rule ids and check each rule's options.
 *
 * @since 0.1.0
 */
import { REGIME_KINDS } from "@cchc/core"
import type { Rule } from "@cchc/rules"
import { CONFIG_KEYS, CONFIGURED_SEVERITIES } from "./config-file.js"

/**
 * The file name the schema ships under, in the package's `dist/`.
 *
 * @since 0.1.0
 * @category config
 */
export const CONFIG_SCHEMA_FILE = "cchc.config.schema.json"

/**
 * Builds the JSON Schema (draft-07, which every editor reads) of a
 * configuration file for `rules`: the keys, the presets, every rule id
 * with its description and options schema, overrides and ignores.
 *
 * @since 0.1.0
 * @category config
 * @example
 * ```ts
 * import { ALL_RULES } from "@cchc/rules"
 * import { configJsonSchema } from "@cchc/cli"
 * const schema = configJsonSchema(ALL_RULES)
 * Object.keys(schema.properties) // ["$schema", "root", "extends", "rules", "overrides", "regime", "ignores", "today"]
 * ```
 */
export const configJsonSchema = (
  rules: ReadonlyArray<Rule<any>>
): { properties: Record<string, unknown> } & Record<string, unknown> => {
  const ruleProperties = Object.fromEntries(
    rules.map(({ meta }) => [
      meta.id,
      {
        description: `${meta.description} (${meta.fixable === "none" ? "no fix" : `${meta.fixable} fix`}; recommended: ${meta.presets.recommended ?? "off"}, strict: ${meta.presets.strict ?? meta.presets.recommended ?? "off"})`,
        anyOf: [
          { $ref: "#/definitions/severity" },
          {
            type: "object",
            additionalProperties: false,
            properties: { severity: { $ref: "#/definitions/severity" }, options: meta.optionsSchema }
          }
        ]
      }
    ])
  )
  const strings = (description: string) => ({
    type: "array",
    items: { type: "string", minLength: 1 },
    description
  })
  const properties: Record<string, unknown> = {
    $schema: { type: "string", description: "The JSON Schema of this file, for editors." },
    root: {
      type: "boolean",
      description:
        "true: the search for a configuration stops at this file's folder, so no configuration in a folder above governs the files below it. extends still loads the files it names."
    },
    extends: {
      description:
        "Presets (recommended, strict, all, and party: the Party rule set) and configuration files (./base.json) to start from, in order; later ones win. Default: recommended.",
      anyOf: [
        { $ref: "#/definitions/extendsEntry" },
        { type: "array", items: { $ref: "#/definitions/extendsEntry" } }
      ]
    },
    rules: { $ref: "#/definitions/rules" },
    overrides: {
      type: "array",
      description:
        "Settings for some documents only: by kind (type code BC or name Báo cáo) and/or by file glob.",
      items: {
        type: "object",
        additionalProperties: false,
        allOf: [
          { anyOf: [{ required: ["kinds"] }, { required: ["files"] }] },
          { anyOf: [{ required: ["rules"] }, { required: ["regime"] }] }
        ],
        properties: {
          kinds: strings("Document kinds: type codes (BC, KH, QĐ) or names (Báo cáo, Công văn)."),
          files: strings("Globs relative to this file's folder (drafts/**/*.txt)."),
          regime: { $ref: "#/definitions/regime" },
          rules: { $ref: "#/definitions/rules" }
        }
      }
    },
    regime: { $ref: "#/definitions/regime" },
    ignores: strings(
      "Globs of files not to lint, relative to this file's folder; a pattern without / matches a file name anywhere."
    ),
    today: {
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: "The date the rules judge against (YYYY-MM-DD) instead of the current date."
    }
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",

    title: "cchc configuration (cchc.config.json, .cchcrc.json)",
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(CONFIG_KEYS.map((key) => [key, properties[key]])),
    definitions: {
      severity: { enum: [...CONFIGURED_SEVERITIES], description: "off turns the rule off." },
      regime: {
        enum: [...REGIME_KINDS],
        description:
          "Judge the documents as this regime instead of the one recognised: state, party, normative, national-assembly, socio-political, specialised, copy."
      },
      extendsEntry: {
        anyOf: [
          { enum: ["recommended", "strict", "all", "party"] },
          {
            type: "string",
            pattern: "^(\\.\\.?/|/)|\\.json$",
            description: "A configuration file, relative to this one."
          }
        ]
      },
      rules: {
        type: "object",
        additionalProperties: false,
        properties: ruleProperties,
        description: "Severity (and options) by rule id."
      }
    }
  }
}
