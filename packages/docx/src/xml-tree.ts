/**
 * A small element tree of one XML part, built by saxes, each element with
 * where it sits in the part's text (so that a fix can edit the original
 * XML in place). Namespaces are resolved and the WordprocessingML ones
 * given their usual prefixes, so that `w:p` means the same whatever
 * prefix the file declared. The number of elements is bounded while
 * parsing.
 *
 * @since 0.1.0
 */
import { SaxesParser, type SaxesTagNS } from "saxes"
import { DocxStop } from "./docx-problem.js"

/**
 * An element: its name (`w:p`), attributes (`w:val`), children, and its
 * place in the part's text: `start` (its `<`), `openEnd` (after its start
 * tag), `end` (after its end tag).
 *
 * @since 0.1.0
 * @category xml
 */
export interface XmlElement {
  readonly name: string
  readonly attributes: Readonly<Record<string, string>>
  readonly children: Array<XmlNode>
  readonly start: number
  readonly openEnd: number
  end: number
  readonly selfClosing: boolean
}

/**
 * A child of an element: an element or a text.
 *
 * @since 0.1.0
 * @category xml
 */
export type XmlNode = XmlElement | string

// The namespaces of the parts read, with the prefixes used here for them
// (both the transitional and the strict URIs of WordprocessingML).
const PREFIXES: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
  "http://schemas.openxmlformats.org/package/2006/content-types": "ct",
  "urn:schemas-microsoft-com:vml": "v",
  "urn:schemas-microsoft-com:office:office": "o"
}

const qualified = (uri: string, local: string, name: string): string => {
  const prefix = PREFIXES[uri]
  return prefix === undefined ? name : `${prefix}:${local}`
}

// Word nests a table in a cell in a text box a few levels deep; thousands
// of levels are damage, and the walks over the tree must stay shallow.
const MAX_DEPTH = 256

/**
 * Shared counts over the parts of one package: elements and paragraphs
 * left, counted while parsing so that a hostile part stops before its
 * tree is built.
 */
export interface ElementBudget {
  left: number
  readonly limit: number
  paragraphsLeft: number
  readonly paragraphLimit: number
}

const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({})

/**
 * Parses the text of one part. Throws {@link DocxStop} for XML that is not
 * well-formed (located by line and column) or over the element budget.
 */
export const parseXml = (xml: string, part: string, budget: ElementBudget): XmlElement => {
  const parser = new SaxesParser({ xmlns: true, position: true })
  const root: XmlElement = {
    name: "#root",
    attributes: {},
    children: [],
    start: 0,
    openEnd: 0,
    end: xml.length,
    selfClosing: false
  }
  const stack: Array<XmlElement> = [root]
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (stack.length > MAX_DEPTH)
      throw new DocxStop({
        kind: "too-large",
        message: `the XML of ${part} nests elements more than ${MAX_DEPTH} deep`,
        part,
        line: parser.line,
        column: parser.column
      })
    if (--budget.left < 0)
      throw new DocxStop({
        kind: "too-large",
        message: `the document has more than ${budget.limit} XML elements`,
        part
      })
    const name = qualified(tag.uri, tag.local, tag.name)
    if (name === "w:p" && --budget.paragraphsLeft < 0)
      throw new DocxStop({
        kind: "too-large",
        message: `the document has more than ${budget.paragraphLimit} paragraphs`,
        part
      })
    let attributes: Record<string, string> | undefined
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!
      if (a.prefix === "xmlns" || a.name === "xmlns") continue
      attributes ??= {}
      attributes[a.uri === "" ? a.local : qualified(a.uri, a.local, a.name)] = a.value
    }
    const openEnd = parser.position
    const element: XmlElement = {
      name,
      attributes: attributes ?? NO_ATTRIBUTES,
      children: [],
      start: xml.lastIndexOf("<", openEnd - 1),
      openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing
    }
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
  })
  parser.on("closetag", () => {
    const element = stack.pop()!
    element.end = parser.position
  })
  parser.on("text", (text) => {
    stack[stack.length - 1]!.children.push(text)
  })
  parser.on("cdata", (text) => {
    stack[stack.length - 1]!.children.push(text)
  })
  try {
    parser.write(xml).close()
  } catch (error) {
    if (error instanceof DocxStop) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new DocxStop({
      kind: "damaged",
      message: `the part ${part} is not well-formed XML (${message.replace(/^[^:]*:\d+:\d+: /, "")})`,
      part,
      line: parser.line,
      column: parser.column + 1
    })
  }
  return root
}

/**
 * The child elements of `element` named `name`.
 *
 * @since 0.1.0
 * @category xml
 */
export const childrenNamed = (element: XmlElement, name: string): Array<XmlElement> => {
  const out: Array<XmlElement> = []
  for (const c of element.children) if (typeof c !== "string" && c.name === name) out.push(c)
  return out
}

/**
 * The first child element of `element` named `name`, or `undefined`.
 *
 * @since 0.1.0
 * @category xml
 */
export const child = (element: XmlElement | undefined, name: string): XmlElement | undefined => {
  if (element === undefined) return undefined
  for (const c of element.children) if (typeof c !== "string" && c.name === name) return c
  return undefined
}

/**
 * The text inside `element`, its descendants' texts joined.
 *
 * @since 0.1.0
 * @category xml
 */
export const textOf = (element: XmlElement): string => {
  let out = ""
  const stack: Array<XmlNode> = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (typeof node === "string") out += node
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}

/**
 * Every descendant element of `element` named `name`, in document order
 * (a walk with its own stack: no recursion on deep XML).
 *
 * @since 0.1.0
 * @category xml
 */
export const descendantsNamed = (element: XmlElement, name: string): Array<XmlElement> => {
  const out: Array<XmlElement> = []
  const stack: Array<XmlElement> = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node !== element && node.name === name) out.push(node)
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i]!
      if (typeof c !== "string") stack.push(c)
    }
  }
  return out
}
