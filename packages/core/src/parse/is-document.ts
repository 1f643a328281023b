/**
 * Deciding whether an input is an administrative document at all.
 *
 * @since 0.1.0
 */

/** The evidence the structural parser found. */
export interface DocumentEvidence {
  readonly country: boolean
  readonly motto: boolean
  readonly issuer: boolean
  readonly number: boolean
  readonly placeDate: boolean
  readonly title: boolean
  readonly kinhGui: boolean
  readonly recipients: boolean
  readonly authority: boolean
  readonly endMark: boolean
  readonly sections: number
  readonly webChrome: ReadonlyArray<string>
}

// Text that only a web page carries: navigation, counters, reader tools.
const WEB_CHROME =
  /Lượt xem|Số lượng truy cập|Đang truy cập|Tổng số truy cập|Cỡ chữ|Chế độ ban đêm|Chia sẻ bài viết|Bình luận|Trang chủ|Liên kết|Tin liên quan|Đọc tiếp|https?:\/\/|www\./gu

/**
 * Finds web-page furniture in a text (at most one of each phrase).
 *
 * @since 0.1.0
 * @category parsing
 */
export const findWebChrome = (text: string): Array<string> => {
  const seen = new Set<string>()
  WEB_CHROME.lastIndex = 0
  for (let m = WEB_CHROME.exec(text); m !== null && seen.size < 12; m = WEB_CHROME.exec(text)) seen.add(m[0])
  return [...seen]
}

/**
 * Weighs the evidence: the parts that only an administrative document
 * has (type heading, number, place-date, Nơi nhận, signing authority)
 * against web-page furniture. Returns the verdict and, when it is not a
 * document, the reasons in Vietnamese.
 *
 * @since 0.1.0
 * @category parsing
 */
export const judgeDocument = (e: DocumentEvidence): { isDocument: boolean; reasons: Array<string> } => {
  let score = 0
  if (e.country) score += 2
  if (e.motto) score += 1
  if (e.issuer) score += 1
  if (e.number) score += 2
  if (e.placeDate) score += 2
  if (e.title) score += 3
  if (e.kinhGui) score += 2
  if (e.recipients) score += 3
  if (e.authority) score += 3
  if (e.endMark) score += 1
  if (e.sections >= 2) score += 1
  score -= 2 * e.webChrome.length
  const isDocument = score >= 4
  if (isDocument) return { isDocument, reasons: [] }
  const reasons: Array<string> = []
  if (!e.title) reasons.push("không có tên loại văn bản (BÁO CÁO, KẾ HOẠCH, …) hay trích yếu V/v")
  if (!e.number) reasons.push("không có dòng 'Số:' (số, ký hiệu)")
  if (!e.placeDate) reasons.push("không có địa danh và ngày tháng ban hành")
  if (!e.country) reasons.push("không có Quốc hiệu và Tiêu ngữ")
  if (!e.recipients) reasons.push("không có 'Nơi nhận:'")
  if (!e.authority) reasons.push("không có thẩm quyền ký (TM., KT., …)")
  if (e.webChrome.length > 0)
    reasons.push(`có dấu hiệu của trang web: ${e.webChrome.map((w) => `'${w}'`).join(", ")}`)
  return { isDocument, reasons }
}
