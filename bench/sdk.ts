/**
 * Where the benchmark and the fuzzer take the SDK from: the built packages
 * (what users run) by default, or the TypeScript sources with
 * `CCHC_FROM_SOURCE=1` (to measure a change without a build, or while a
 * package does not build).
 */
import { existsSync } from "node:fs"

type Core = typeof import("../packages/core/src/index.js")
type Rules = typeof import("../packages/rules/src/index.js")
type Format = typeof import("../packages/format/src/index.js")
type FormatDocx = typeof import("../packages/format/src/docx.js")
export type Testing = import("../fuzz/inputs.js").TestingArbitraries &
  Pick<
    typeof import("../packages/core/src/testing/index.js"),
    "arbitraryDocumentNumber" | "arbitraryPlaceDateLine" | "arbitraryCitationText"
  >
type Legacy = typeof import("../packages/core/src/text/legacy-encoding.js")

const root = new URL("../", import.meta.url)
const built = (pkg: string, entry = "index") => new URL(`packages/${pkg}/dist/${entry}.js`, root)
const source = (pkg: string, path = "index") => new URL(`packages/${pkg}/src/${path}.ts`, root)

export const fromSource = process.env.CCHC_FROM_SOURCE === "1" || !existsSync(built("rules"))

const load = async <T>(pkg: string, dist: string, src: string): Promise<T> =>
  (await import((fromSource ? source(pkg, src) : built(pkg, dist)).href)) as T

export const core: Core = await load("core", "index", "index")
export const rules: Rules = await load("rules", "index", "index")
export const testing: Testing = await load("core", "testing", "testing/index")

/** `renderText` of `@cchc/format`, or `null` while it does not load. */
export const loadRender = async (): Promise<((spec: unknown) => string) | null> => {
  try {
    const format = await load<Format>("format", "index", "index")
    return typeof format.renderText === "function" ? (format.renderText as (spec: unknown) => string) : null
  } catch {
    return null
  }
}

/**
 * Renders a text of the corpus as a .docx the way `@cchc/format` lays a
 * document out (parse → `toDocumentSpec` → `renderDocx`), or `null` for a
 * text that does not convert (a document missing a part every document
 * needs) or whose defects the layout refuses (`renderDocx` throws its
 * documented errors for those); the whole function is `null` while the
 * packages do not load.
 */
export const loadDocxRender = async (): Promise<((text: string) => Promise<Uint8Array | null>) | null> => {
  try {
    const format = await load<Format>("format", "index", "index")
    const docx = await load<FormatDocx>("format", "docx", "docx")
    return async (text) => {
      const converted = format.toDocumentSpec(core.parseDocument(text))
      if (converted._tag !== "Success") return null
      return await docx.renderDocx(converted.success.spec).catch(() => null)
    }
  } catch {
    return null
  }
}

/** The legacy-encoding functions, from the package entry or the module itself. */
export const legacy: Partial<Legacy> =
  "detectLegacyEncoding" in core
    ? (core as unknown as Legacy)
    : fromSource
      ? await import(source("core", "text/legacy-encoding").href)
      : {}

export const CLI_BIN = new URL("packages/cli/dist/bin.js", root).pathname

/**
 * The layers of `@cchc/cli` the fuzzer checks (decoder, reporters, file
 * writer, binary readers), or `null` while the CLI does not load.
 */
export const loadCliLayers = async (): Promise<import("../fuzz/cli-layers.js").CliLayers | null> => {
  try {
    const cli = await load<typeof import("../packages/cli/src/index.js")>("cli", "index", "index")
    const format = await load<FormatDocx>("format", "docx", "docx").catch(() => null)
    const { binaryReaders } = await import("../fuzz/readers.js")
    return {
      decodeText: cli.decodeText,
      toMessages: cli.toMessages,
      formatReport: cli.formatReport,
      reportFormats: cli.REPORT_FORMATS,
      writeFixedFile: cli.writeFixedFile,
      readInputFile: cli.readInputFile,
      workingTree: cli.workingTree,
      readers: await binaryReaders(cli, format)
    }
  } catch {
    return null
  }
}
