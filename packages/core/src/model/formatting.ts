/**
 * Formatting facts: how the text of a document looks on the page, when
 * its input says so (a .docx does, a .txt does not). A reader produces
 * them, mapped to offsets of the text the parser reads; the layout rules
 * read them from the {@link Document} without knowing which reader ran.
 *
 * Sizes are in points (1/72 inch), lengths on the page in millimetres.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * Where a paragraph or run sits in its source: the part of the package
 * (`word/document.xml`, `word/header2.xml`), the paragraph's index in
 * that part (in reading order, from 0) and the run's index in the
 * paragraph.
 *
 * @since 0.1.0
 * @category model
 */
export const FormattingSource = Schema.Struct({
  part: Schema.String,
  paragraph: Schema.Int,
  run: Schema.Int
}).annotate({ identifier: "FormattingSource" })

/** @since 0.1.0 @category model */
export type FormattingSource = typeof FormattingSource.Type

/**
 * The effective look of a run of text, resolved through the defaults,
 * styles and direct formatting. `font` is the font of Latin (and
 * Vietnamese) letters (`ascii`/`hAnsi`), `fontComplex` the complex-script
 * font; `null` where nothing in the file says.
 *
 * @since 0.1.0
 * @category model
 */
export const RunFormat = Schema.Struct({
  font: Schema.NullOr(Schema.String),
  fontComplex: Schema.NullOr(Schema.String),
  size: Schema.NullOr(Schema.Finite),
  bold: Schema.Boolean,
  italic: Schema.Boolean,
  underline: Schema.Boolean,
  caps: Schema.Boolean,
  /** `RRGGBB` in upper case, `auto`, or `null` when not set. */
  color: Schema.NullOr(Schema.String)
}).annotate({ identifier: "RunFormat" })

/** @since 0.1.0 @category model */
export type RunFormat = typeof RunFormat.Type

/**
 * A run of text with its effective look: `[start, end)` in the text the
 * parser reads.
 *
 * @since 0.1.0
 * @category model
 */
export const FormattedRun = Schema.Struct({
  start: Schema.Int,
  end: Schema.Int,
  format: RunFormat,
  source: FormattingSource
}).annotate({ identifier: "FormattedRun" })

/** @since 0.1.0 @category model */
export type FormattedRun = typeof FormattedRun.Type

/**
 * Line spacing: `multiple` of single lines (`1.5`), or an `exact` or
 * `atLeast` height in points.
 *
 * @since 0.1.0
 * @category model
 */
export const LineSpacing = Schema.Struct({
  rule: Schema.Literals(["multiple", "exact", "atLeast"]),
  value: Schema.Finite
}).annotate({ identifier: "LineSpacing" })

/** @since 0.1.0 @category model */
export type LineSpacing = typeof LineSpacing.Type

/**
 * A paragraph with its effective layout. `start`/`end` are its place in
 * the text the parser reads (`null` for a paragraph of a page header,
 * footer or footnote, which the parser does not read); `numbering` is the
 * automatic list label drawn before it (`1.`, `a)`, `-`), already in the
 * text. Indents and spacing in points.
 *
 * @since 0.1.0
 * @category model
 */
export const FormattedParagraph = Schema.Struct({
  start: Schema.NullOr(Schema.Int),
  end: Schema.NullOr(Schema.Int),
  part: Schema.String,
  index: Schema.Int,
  style: Schema.NullOr(Schema.String),
  alignment: Schema.NullOr(Schema.Literals(["left", "center", "right", "justify", "distribute"])),
  indentLeft: Schema.Finite,
  indentRight: Schema.Finite,
  /** First-line indent (negative for a hanging indent). */
  indentFirstLine: Schema.Finite,
  spacingBefore: Schema.Finite,
  spacingAfter: Schema.Finite,
  lineSpacing: Schema.NullOr(LineSpacing),
  inTable: Schema.Boolean,
  numbering: Schema.NullOr(Schema.String),
  /** The paragraph holds a page-number field (`PAGE`). */
  pageNumber: Schema.Boolean,
  runs: Schema.Array(FormattedRun)
}).annotate({ identifier: "FormattedParagraph" })

/** @since 0.1.0 @category model */
export type FormattedParagraph = typeof FormattedParagraph.Type

/**
 * One page header or footer of a section: which pages it is on
 * (`default`, `first`, `even`) and its part, which names its paragraphs
 * in {@link Formatting} `margins`.
 *
 * @since 0.1.0
 * @category model
 */
export const HeaderFooter = Schema.Struct({
  kind: Schema.Literals(["header", "footer"]),
  pages: Schema.Literals(["default", "first", "even"]),
  part: Schema.String
}).annotate({ identifier: "HeaderFooter" })

/** @since 0.1.0 @category model */
export type HeaderFooter = typeof HeaderFooter.Type

/**
 * The page setup of a section: paper size in millimetres, orientation,
 * margins, whether the first page has its own header (`titlePage`), and
 * its headers and footers. `null` where the file does not say.
 *
 * @since 0.1.0
 * @category model
 */
export const PageSetup = Schema.Struct({
  width: Schema.NullOr(Schema.Finite),
  height: Schema.NullOr(Schema.Finite),
  orientation: Schema.Literals(["portrait", "landscape"]),
  marginTop: Schema.NullOr(Schema.Finite),
  marginBottom: Schema.NullOr(Schema.Finite),
  marginLeft: Schema.NullOr(Schema.Finite),
  marginRight: Schema.NullOr(Schema.Finite),
  titlePage: Schema.Boolean,
  headersFooters: Schema.Array(HeaderFooter),
  /** The text offset the section ends at (its last paragraph's end). */
  end: Schema.Int
}).annotate({ identifier: "PageSetup" })

/** @since 0.1.0 @category model */
export type PageSetup = typeof PageSetup.Type

/**
 * What the package holds beside the text, which a person reviewing the
 * file should know of: tracked changes (read as accepted), comments,
 * editing protection, a digital signature, macros, embedded objects and
 * imported content (`altChunk`) the reader cannot see.
 *
 * @since 0.1.0
 * @category model
 */
export const PackageFacts = Schema.Struct({
  trackedChanges: Schema.Int,
  /** Text offset of the first tracked change, when there is one in the text. */
  firstTrackedChange: Schema.NullOr(Schema.Int),
  comments: Schema.Int,
  protection: Schema.NullOr(Schema.String),
  signed: Schema.Boolean,
  macros: Schema.Boolean,
  embeddedObjects: Schema.Int,
  altChunks: Schema.Int
}).annotate({ identifier: "PackageFacts" })

/** @since 0.1.0 @category model */
export type PackageFacts = typeof PackageFacts.Type

/**
 * The formatting facts of a document: the reader that produced them, the
 * paragraphs the parser reads (in text order), those of page headers,
 * footers and footnotes (`margins`), the page setup of each section and
 * the package facts.
 *
 * @since 0.1.0
 * @category model
 */
export const Formatting = Schema.Struct({
  source: Schema.Literals(["docx"]),
  paragraphs: Schema.Array(FormattedParagraph),
  margins: Schema.Array(FormattedParagraph),
  sections: Schema.Array(PageSetup),
  facts: PackageFacts
}).annotate({ identifier: "Formatting" })

/** @since 0.1.0 @category model */
export type Formatting = typeof Formatting.Type

/**
 * A formatting fix a layout rule proposes for the text of its finding:
 * what to set on the runs of that text (size in points, bold, italic,
 * font), on its paragraphs (alignment), or on the page setup of a section
 * (one margin, in millimetres). A writer of the format (`fixDocx` of
 * `@cchc/docx`) applies it in place.
 *
 * @since 0.1.0
 * @category model
 */
export const FormattingFix = Schema.Struct({
  runs: Schema.optionalKey(
    Schema.Struct({
      size: Schema.optionalKey(Schema.Finite),
      bold: Schema.optionalKey(Schema.Boolean),
      italic: Schema.optionalKey(Schema.Boolean),
      font: Schema.optionalKey(Schema.String)
    })
  ),
  alignment: Schema.optionalKey(Schema.Literals(["left", "center", "right", "justify"])),
  margin: Schema.optionalKey(
    Schema.Struct({
      section: Schema.Int,
      side: Schema.Literals(["top", "bottom", "left", "right"]),
      millimetres: Schema.Finite
    })
  )
}).annotate({ identifier: "FormattingFix" })

/** @since 0.1.0 @category model */
export type FormattingFix = typeof FormattingFix.Type
