/**
 * A Báo cáo laid out as agencies make them in Word (header and footer
 * blocks in borderless tables), with three formatting defects: the left
 * margin is 20 mm, the Quốc hiệu is 14 pt and not bold, and a body
 * paragraph is in Arial.
 */
import { makeDocx, p, r } from "./make-docx.js"

export const faultyDocx = (): Uint8Array => {
  const cell = (...paragraphs: Array<string>) => `<w:tc>${paragraphs.join("")}</w:tc>`
  const TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>'
  const run = (text: string, props: string) => r(text, TNR + props)
  return makeDocx({
    styles: `<w:docDefaults><w:rPrDefault><w:rPr>${TNR}<w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>`,
    body: [
      `<w:tbl><w:tr>${cell(p(run("ỦY BAN NHÂN DÂN", '<w:b/><w:sz w:val="26"/>')), p(run("XÃ BA BÍCH", '<w:b/><w:sz w:val="26"/>')), p(run("Số: 05/BC-UBND", '<w:sz w:val="26"/>')))}${cell(
        p(run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", '<w:sz w:val="28"/>')),
        p(run("Độc lập - Tự do - Hạnh phúc", '<w:b/><w:sz w:val="26"/>')),
        p(run("Ba Bích, ngày 15 tháng 6 năm 2024", '<w:i/><w:sz w:val="28"/>'))
      )}</w:tr></w:tbl>`,
      p(run("BÁO CÁO", "<w:b/>"), '<w:jc w:val="center"/>'),
      p(run("Kết quả công tác tuyên truyền", "<w:b/>"), '<w:jc w:val="center"/>'),
      p(
        r(
          "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính sáu tháng đầu năm 2024 như sau:",
          '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
        ),
        '<w:jc w:val="both"/>'
      ),
      p(run("Trên đây là báo cáo của Ủy ban nhân dân xã Ba Bích./.", ""), '<w:jc w:val="both"/>'),
      `<w:tbl><w:tr>${cell(p(run("Nơi nhận:", '<w:b/><w:i/><w:sz w:val="24"/>')), p(run("- UBND huyện;", '<w:sz w:val="22"/>')), p(run("- Lưu: VT.", '<w:sz w:val="22"/>')))}${cell(
        p(run("TM. ỦY BAN NHÂN DÂN", "<w:b/>")),
        p(run("CHỦ TỊCH", "<w:b/>")),
        p(run("Nguyễn Văn An", "<w:b/>"))
      )}</w:tr></w:tbl>`,
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1134"/></w:sectPr>'
    ].join("")
  })
}
