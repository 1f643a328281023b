// Whole documents of each regime of rule-pack-corrections (a), written for
// the tests from the verbatim lines that file quotes (60-NQ/TW,
// 1658/NQ-UBTVQH15, Mẫu 3.1 …); names, dates and bodies are invented.

/** a.1: a Party resolution laid out per Hướng dẫn 36-HD/VPTW. */
export const PARTY_RESOLUTION = `BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 60-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 12 tháng 4 năm 2025

NGHỊ QUYẾT
HỘI NGHỊ LẦN THỨ 11 BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XIII

Từ ngày 10 đến ngày 12 tháng 4 năm 2025, tại Thủ đô Hà Nội, Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ 11 để thảo luận, cho ý kiến về các nội dung.

I. Về sắp xếp tổ chức bộ máy
Ban Chấp hành Trung ương cơ bản thống nhất với các đề án của Bộ Chính trị trình Hội nghị.

II. Tổ chức thực hiện
Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương tổ chức quán triệt, triển khai thực hiện Nghị quyết.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Các ban đảng, đảng ủy trực thuộc Trung ương,
- Các đảng viên Trung ương Đảng,
- Lưu Văn phòng Trung ương Đảng.

T/M BAN CHẤP HÀNH TRUNG ƯƠNG
TỔNG BÍ THƯ

Tô Lâm
`

/** a.1, b.15: a Party report of a provincial standing committee. */
export const PARTY_REPORT = `ĐẢNG BỘ TỈNH QUẢNG NGÃI
ĐẢNG ỦY XÃ BA TƠ
*
Số 15-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Ba Tơ, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ năm 2025

Năm 2025, Đảng ủy xã đã lãnh đạo hoàn thành các chỉ tiêu chủ yếu của Nghị quyết Đại hội.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu Văn phòng Đảng ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Nguyễn Văn Hùng
`

/** a.2: a Nghị định of the Chính phủ (văn bản quy phạm pháp luật). */
export const DECREE = `CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 118/2025/NĐ-CP
Hà Nội, ngày 09 tháng 6 năm 2025

NGHỊ ĐỊNH
Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Nội vụ;
Chính phủ ban hành Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.

Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.

Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;
- Lưu: VT, KSTT.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Hòa Bình
`

/** a.3, b.2, b.8: a resolution of the Ủy ban Thường vụ Quốc hội. */
export const UBTVQH_RESOLUTION = `ỦY BAN THƯỜNG VỤ
QUỐC HỘI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1658/NQ-UBTVQH15
Hà Nội, ngày 16 tháng 6 năm 2025

NGHỊ QUYẾT
VỀ VIỆC SẮP XẾP CÁC ĐƠN VỊ HÀNH CHÍNH CẤP XÃ CỦA TỈNH QUẢNG NGÃI NĂM 2025

ỦY BAN THƯỜNG VỤ QUỐC HỘI
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Xét đề nghị của Chính phủ tại Tờ trình số 396/TTr-CP và Đề án số 397/ĐA-CP ngày 09 tháng 5 năm 2025,

QUYẾT NGHỊ:
Điều 1. Sắp xếp các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi
Trên cơ sở Đề án số 397/ĐA-CP, Ủy ban Thường vụ Quốc hội quyết định sắp xếp để thành lập các đơn vị hành chính cấp xã của tỉnh Quảng Ngãi.
Điều 2. Hiệu lực thi hành
Nghị quyết này có hiệu lực thi hành từ ngày được thông qua.
Nghị quyết này được Ủy ban Thường vụ Quốc hội khóa XV thông qua ngày 16 tháng 6 năm 2025.

Nơi nhận:
- Chính phủ;
- Ủy ban nhân dân tỉnh Quảng Ngãi;
- Lưu: HC, PLTP.

TM. ỦY BAN THƯỜNG VỤ QUỐC HỘI
CHỦ TỊCH

Trần Thanh Mẫn
`

/** a.4, b.1: a report of the Ủy ban Mặt trận Tổ quốc of a province. */
export const FRONT_REPORT = `ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 120/BC-MTTQ-BTT
Quảng Ngãi, ngày 15 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác giám sát năm 2025

Năm 2025, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh đã tổ chức 12 cuộc giám sát theo chương trình./.

Nơi nhận:
- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam;
- Thường trực Tỉnh ủy;
- Lưu: VT.

TM. BAN THƯỜNG TRỰC
CHỦ TỊCH

Nguyễn Thị Lan
`

/** a.4, b.1: a report of a grassroots trade union. */
export const UNION_REPORT = `LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NGÃI
CÔNG ĐOÀN SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/BC-CĐCS
Quảng Ngãi, ngày 10 tháng 12 năm 2025

BÁO CÁO
Kết quả hoạt động công đoàn năm 2025

Năm 2025, Ban Chấp hành Công đoàn cơ sở đã tổ chức các hoạt động chăm lo cho đoàn viên./.

Nơi nhận:
- Liên đoàn Lao động tỉnh;
- Lưu: VT.

TM. BAN CHẤP HÀNH
CHỦ TỊCH

Trần Văn Bình
`

/** a.5, b.4: an inspection conclusion, a type name outside the 29 kinds. */
export const INSPECTION_CONCLUSION = `UBND TỈNH QUẢNG NGÃI
THANH TRA TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 05/KL-TTr
Quảng Ngãi, ngày 20 tháng 11 năm 2025

KẾT LUẬN THANH TRA
Việc thực hiện các quy định về cải cách hành chính tại Sở Xây dựng

Thực hiện Quyết định số 15/QĐ-TTr ngày 01 tháng 9 năm 2025 của Chánh Thanh tra tỉnh về thanh tra việc thực hiện các quy định về cải cách hành chính tại Sở Xây dựng, Chánh Thanh tra tỉnh kết luận như sau.
1. Sở Xây dựng đã ban hành kế hoạch cải cách hành chính năm 2025 đúng thời hạn./.

Nơi nhận:
- Chủ tịch UBND tỉnh;
- Sở Xây dựng;
- Lưu: VT, NV1.

CHÁNH THANH TRA

Lê Văn Minh
`

/** b.14, h.3: a state decision with a copy block (Mẫu 3.1) under it. */
export const DECISION_WITH_COPY = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG NGÃI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 120/QĐ-UBND
Quảng Ngãi, ngày 05 tháng 02 năm 2026

QUYẾT ĐỊNH
Về việc kiện toàn Tổ công tác cải cách hành chính tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 20 tháng 01 năm 2026.

QUYẾT ĐỊNH:
Điều 1. Kiện toàn Tổ công tác cải cách hành chính tỉnh gồm các thành viên có tên tại Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- TT Tỉnh ủy;
- CT, các PCT UBND tỉnh;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Phước Hiền

SỞ NỘI VỤ
SAO Y
Số: 25/SY-SNV
Quảng Ngãi, ngày 10 tháng 02 năm 2026

Nơi nhận:
- Các phòng thuộc Sở;
- Lưu: VT.

TL. GIÁM ĐỐC
CHÁNH VĂN PHÒNG

Nguyễn Thị Hoa
`

/** The counter-case of a.1: a state công văn that wrongly signs `T/M`. */
export const STATE_LETTER_WITH_PARTY_PREFIX = `ỦY BAN NHÂN DÂN
XÃ BA TƠ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 45/UBND-VP
V/v triển khai Kế hoạch cải cách hành chính năm 2026
Ba Tơ, ngày 12 tháng 01 năm 2026

Kính gửi: Các thôn trên địa bàn xã.

Ủy ban nhân dân xã đề nghị các thôn triển khai Kế hoạch cải cách hành chính năm 2026 của xã./.

Nơi nhận:
- Như trên;
- Lưu: VT.

T/M ỦY BAN NHÂN DÂN
CHỦ TỊCH

Phạm Văn Long
`
