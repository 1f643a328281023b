/**
 * The registry: every rule of the pack, one import per rule file. Keep it
 * a plain list (one line per rule) so that adding a rule is a one-line
 * change.
 *
 * @since 0.1.0
 */
import type { Rule } from "../rule.js"
import notADocument from "./not-a-document.js"
import legacyEncoding from "./legacy-encoding.js"
import nationalHeader from "./national-header.js"
import issuerHeader from "./issuer-header.js"
import documentNumber from "./document-number.js"
import placeDate from "./place-date.js"
import title from "./title.js"
import kinhGui from "./kinh-gui.js"
import requiredSections from "./required-sections.js"
import sectionNumbering from "./section-numbering.js"
import endMark from "./end-mark.js"
import signingAuthority from "./signing-authority.js"
import signerName from "./signer-name.js"
import recipients from "./recipients.js"
import reportAddressee from "./report-addressee.js"
import reportPeriod from "./report-period.js"
import cchcReport from "./cchc-report.js"
import onlineServiceLevel from "./online-service-level.js"
import administrativeEra from "./administrative-era.js"
import misspelling from "./misspelling.js"
import syllable from "./syllable.js"
import repeatedWord from "./repeated-word.js"
import abbreviationFirstUse from "./abbreviation-first-use.js"
import citationForm from "./citation-form.js"
import citationTypeCode from "./citation-type-code.js"
import citationIssuer from "./citation-issuer.js"
import citationDate from "./citation-date.js"
import citationConsistency from "./citation-consistency.js"
import citationSuperseded from "./citation-superseded.js"
import metricTotal from "./metric-total.js"
import percentageRange from "./percentage-range.js"
import numberFormat from "./number-format.js"
import spacing from "./spacing.js"
import parentheses from "./parentheses.js"
import nameCapitalization from "./name-capitalization.js"
import invitationDetails from "./invitation-details.js"
import minutesSigners from "./minutes-signers.js"
import appendixReference from "./appendix-reference.js"
import partyLayout from "./party-layout.js"
import documentMarks from "./document-marks.js"
import layoutPageSetup from "./layout-page-setup.js"
import layoutFont from "./layout-font.js"
import layoutNationalHeader from "./layout-national-header.js"
import layoutIssuer from "./layout-issuer.js"
import layoutDocumentNumber from "./layout-document-number.js"
import layoutPlaceDate from "./layout-place-date.js"
import layoutTitle from "./layout-title.js"
import layoutBody from "./layout-body.js"
import layoutSignature from "./layout-signature.js"
import layoutRecipients from "./layout-recipients.js"
import layoutPageNumber from "./layout-page-number.js"
import wordPackage from "./word-package.js"

/**
 * Every rule of the built-in pack, `not-a-document` and `legacy-encoding` first.
 *
 * @since 0.1.0
 * @category rules
 * @example
 * ```ts
 * import { ALL_RULES } from "@cchc/rules"
 * ALL_RULES.map((r) => r.meta.id).includes("document-number") // true
 * ```
 */
export const ALL_RULES: ReadonlyArray<Rule> = [
  notADocument,
  legacyEncoding,
  nationalHeader,
  issuerHeader,
  documentNumber,
  placeDate,
  title,
  kinhGui,
  requiredSections,
  sectionNumbering,
  endMark,
  signingAuthority,
  signerName,
  recipients,
  reportAddressee,
  reportPeriod,
  cchcReport,
  administrativeEra,
  onlineServiceLevel,
  misspelling,
  syllable,
  repeatedWord,
  abbreviationFirstUse,
  citationForm,
  citationTypeCode,
  citationIssuer,
  citationDate,
  citationConsistency,
  citationSuperseded,
  metricTotal,
  percentageRange,
  numberFormat,
  spacing,
  parentheses,
  nameCapitalization,
  invitationDetails,
  minutesSigners,
  appendixReference,
  partyLayout,
  documentMarks,
  layoutPageSetup,
  layoutFont,
  layoutNationalHeader,
  layoutIssuer,
  layoutDocumentNumber,
  layoutPlaceDate,
  layoutTitle,
  layoutBody,
  layoutSignature,
  layoutRecipients,
  layoutPageNumber,
  wordPackage
]
