/**
 * A complete Báo cáo of a UBND xã, used by the tests and the docs.
 */
import type { DocumentSpec } from "@cchc/core"

export const sampleReport: DocumentSpec = {
  kind: "Báo cáo",
  issuer: { name: "Ủy ban nhân dân xã Ba Bích", parent: null },
  number: { sequence: 5, issuerCode: "UBND" },
  placeDate: { place: "Ba Bích", day: 15, month: 6, year: 2024 },
  title: { summary: "Kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024" },
  kinhGui: ["Ủy ban nhân dân tỉnh Quảng Ngãi"],
  preamble: [
    "Căn cứ Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2024 của Ủy ban nhân dân xã Ba Bích về tuyên truyền cải cách hành chính năm 2024;",
    "Ủy ban nhân dân xã Ba Bích báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024 như sau:"
  ],
  sections: [
    {
      heading: "Công tác chỉ đạo, điều hành",
      paragraphs: [
        "Ủy ban nhân dân xã đã ban hành kế hoạch và phân công cán bộ, công chức phụ trách tuyên truyền cải cách hành chính tại bộ phận một cửa."
      ]
    },
    {
      heading: "Kết quả thực hiện",
      children: [
        {
          heading: "Nội dung tuyên truyền",
          paragraphs: [
            "Tập trung tuyên truyền Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, thủ tục hành chính và dịch vụ công trực tuyến."
          ]
        },
        {
          heading: "Hình thức tuyên truyền",
          children: [
            { heading: "Đăng tải 36 tin, bài trên trang thông tin điện tử của xã;" },
            {
              heading: "Phát 120 lượt tin trên hệ thống truyền thanh cơ sở, thời lượng 15 phút/chương trình;"
            },
            { heading: "Tổ chức 03 hội nghị với trên 250 lượt người tham dự." }
          ]
        }
      ]
    },
    {
      heading: "Đánh giá chung",
      paragraphs: [
        "Công tác tuyên truyền được triển khai kịp thời, đúng kế hoạch; hình thức tuyên truyền còn ít đổi mới, chưa thu hút người dân tham gia."
      ]
    },
    {
      heading: "Phương hướng, nhiệm vụ 6 tháng cuối năm 2024",
      paragraphs: [
        "Tiếp tục đổi mới hình thức tuyên truyền, tăng cường tuyên truyền trên mạng xã hội và tại bộ phận một cửa."
      ]
    }
  ],
  closing:
    "Trên đây là báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024 của Ủy ban nhân dân xã Ba Bích.",
  signature: {
    authority: [
      { mode: "TM", on: "Ủy ban nhân dân" },
      { mode: "KT", on: "Chủ tịch" }
    ],
    title: "Phó Chủ tịch",
    signer: "Phạm Văn Mạnh"
  },
  recipients: {
    items: [
      { text: "Sở Nội vụ tỉnh Quảng Ngãi", purpose: "để b/c" },
      { text: "Thường trực Đảng ủy xã", purpose: "để b/c" },
      { text: "Chủ tịch, các Phó Chủ tịch UBND xã" }
    ],
    archive: { units: ["VT", "VP"] }
  }
}
