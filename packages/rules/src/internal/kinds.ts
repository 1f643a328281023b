/**
 * Looking up Decree-30 kinds by heading and by type code.
 */
import {
  ADMINISTRATIVE_KINDS,
  ALL_KINDS,
  COPY_KINDS,
  LEGACY_KINDS,
  foldKey,
  type DocumentKindEntry
} from "@cchc/core"

const BY_NAME = new Map([...ADMINISTRATIVE_KINDS, ...COPY_KINDS].map((k) => [foldKey(k.name), k] as const))
const BY_CODE = new Map(ALL_KINDS.flatMap((k) => (k.code === null ? [] : [[k.code, k] as const])))
const BY_CODE_FOLDED = new Map(
  [...ADMINISTRATIVE_KINDS, ...COPY_KINDS, ...LEGACY_KINDS].flatMap((k) =>
    k.code === null ? [] : [[k.code.toUpperCase(), k] as const]
  )
)

/** The kind whose name a heading spells (`BÁO CÁO` → Báo cáo), whatever its case. */
export const kindByHeading = (heading: string): DocumentKindEntry | undefined => BY_NAME.get(foldKey(heading))

/** The kind of a type code as written exactly (`QyĐ`), or `undefined`. */
export const kindByCode = (code: string): DocumentKindEntry | undefined => BY_CODE.get(code)

/** The kind of a type code in any case (`QYĐ` → Quy định), or `undefined`. */
export const kindByCodeAnyCase = (code: string): DocumentKindEntry | undefined =>
  BY_CODE_FOLDED.get(code.toUpperCase())

/** Whether a kind is the công văn, which has no type code and no heading. */
export const isCongVan = (name: string | null | undefined): boolean =>
  name !== null && name !== undefined && foldKey(name) === foldKey("Công văn")
