/**
 * Builds .docx packages from hand-written XML, for tests: a minimal
 * package around a body, with optional styles, numbering, settings,
 * headers and any other part.
 */
import { strToU8, zipSync, type Zippable } from "fflate"

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

export interface PackageParts {
  /** The inside of `w:body`. */
  readonly body: string
  /** The inside of `w:styles`. */
  readonly styles?: string
  /** The inside of `w:numbering`. */
  readonly numbering?: string
  /** The inside of `w:settings`. */
  readonly settings?: string
  /** The inside of `w:comments`. */
  readonly comments?: string
  /** Header parts by relationship id (`rIdH1`), each the inside of `w:hdr`. */
  readonly headers?: Readonly<Record<string, string>>
  /** More entries, by name, as they are. */
  readonly extra?: Readonly<Record<string, string | Uint8Array>>
  readonly mainContentType?: string
}

const xml = (s: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`

export const makeDocx = (parts: PackageParts): Uint8Array => {
  const rels: Array<string> = []
  const overrides: Array<string> = []
  const files: Zippable = {}
  const add = (name: string, type: string, relType: string, content: string, id: string) => {
    files[`word/${name}`] = strToU8(xml(content))
    overrides.push(`<Override PartName="/word/${name}" ContentType="${type}"/>`)
    rels.push(`<Relationship Id="${id}" Type="${REL}/${relType}" Target="${name}"/>`)
  }
  const ns = `xmlns:w="${W}" xmlns:r="${R}"`
  if (parts.styles !== undefined)
    add(
      "styles.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
      "styles",
      `<w:styles ${ns}>${parts.styles}</w:styles>`,
      "rIdS"
    )
  if (parts.numbering !== undefined)
    add(
      "numbering.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
      "numbering",
      `<w:numbering ${ns}>${parts.numbering}</w:numbering>`,
      "rIdN"
    )
  if (parts.settings !== undefined)
    add(
      "settings.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
      "settings",
      `<w:settings ${ns}>${parts.settings}</w:settings>`,
      "rIdT"
    )
  if (parts.comments !== undefined)
    add(
      "comments.xml",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
      "comments",
      `<w:comments ${ns}>${parts.comments}</w:comments>`,
      "rIdC"
    )
  for (const [id, content] of Object.entries(parts.headers ?? {}))
    add(
      `${id}.xml`,
      "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
      "header",
      `<w:hdr ${ns}>${content}</w:hdr>`,
      id
    )
  files["word/document.xml"] = strToU8(xml(`<w:document ${ns}><w:body>${parts.body}</w:body></w:document>`))
  files["word/_rels/document.xml.rels"] = strToU8(
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`
    )
  )
  files["_rels/.rels"] = strToU8(
    xml(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`
    )
  )
  files["[Content_Types].xml"] = strToU8(
    xml(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${parts.mainContentType ?? "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}"/>${overrides.join("")}</Types>`
    )
  )
  for (const [name, content] of Object.entries(parts.extra ?? {}))
    files[name] = typeof content === "string" ? strToU8(content) : content
  return zipSync(files)
}

/** A paragraph of runs: `p("text")`, or with properties. */
export const p = (runs: string, pPr = ""): string =>
  `<w:p>${pPr === "" ? "" : `<w:pPr>${pPr}</w:pPr>`}${runs}</w:p>`

/** A run: `r("text")`, or with properties. */
export const r = (text: string, rPr = ""): string =>
  `<w:r>${rPr === "" ? "" : `<w:rPr>${rPr}</w:rPr>`}<w:t xml:space="preserve">${text}</w:t></w:r>`
