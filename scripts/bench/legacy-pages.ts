/**
 * Made-up legacy exports in the three shapes of the real samples (tests/import/fixtures):
 * NukeViet, PublishingPortal and the bare text exporter. Deterministic: page i of seed s is always
 * the same text, so two benchmark runs import the same archive.
 */

type LegacyFormat = 'nukeviet' | 'publishingportal' | 'bare'

interface LegacyPage {
  /** Sub-folder (a section of the site) and file name, e.g. an-ninh-trat-tu/nukeviet-00042.txt. */
  path: string
  format: LegacyFormat
  text: string
  /** How many photo captions (placeholder images on import) the page holds. */
  captions: number
}

// Section folders: an operator imports one folder per section with --category.
const SECTIONS = [
  'tin-tuc-su-kien',
  'an-ninh-trat-tu',
  'phong-chong-toi-pham',
  'phong-trao-toan-dan-bao-ve-antq',
  'cai-cach-hanh-chinh',
  'guong-nguoi-tot-viec-tot',
]

const UNITS = [
  'Công an tỉnh',
  'Công an huyện Chợ Đồn',
  'Công an thành phố Bắc Kạn',
  'Phòng Cảnh sát giao thông',
  'Phòng Cảnh sát hình sự',
  'Công an huyện Ba Bể',
  'Phòng An ninh chính trị nội bộ',
  'Công an phường Đức Xuân',
  'Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'Đoàn Thanh niên Công an tỉnh',
  'Công an huyện Na Rì',
  'Phòng Quản lý hành chính về trật tự xã hội',
]
const ACTIONS = [
  'ra quân',
  'tổng kết',
  'sơ kết',
  'triển khai',
  'tổ chức hội nghị',
  'phát động',
  'kiểm tra',
  'tập huấn',
  'tuyên truyền',
  'phối hợp bảo đảm',
  'khen thưởng',
  'diễn tập',
]
const TOPICS = [
  'phong trào Toàn dân bảo vệ an ninh Tổ quốc',
  'bảo đảm trật tự an toàn giao thông',
  'phòng, chống ma túy',
  'phòng cháy, chữa cháy',
  'cấp căn cước và định danh điện tử',
  'phòng, chống tội phạm sử dụng công nghệ cao',
  'bảo vệ an ninh trật tự dịp Tết Nguyên đán',
  'xây dựng Công an xã chính quy',
  'tấn công trấn áp tội phạm',
  'cải cách thủ tục hành chính',
  'phòng, chống lừa đảo qua mạng',
  'bảo đảm an ninh các kỳ thi',
  'xây dựng khu dân cư an toàn',
]
const PLACES = [
  'trên địa bàn tỉnh',
  'tại các xã vùng cao',
  'ở các khu dân cư',
  'tại trụ sở Công an tỉnh',
  'trên các tuyến quốc lộ',
  'tại các trường học',
  'ở các chợ phiên',
  'tại hội trường Công an tỉnh',
]
const AIMS = [
  'góp phần giữ vững ổn định an ninh chính trị, trật tự an toàn xã hội',
  'nâng cao ý thức cảnh giác của Nhân dân',
  'tạo chuyển biến rõ nét trong công tác bảo đảm an ninh trật tự ở cơ sở',
  'phục vụ tốt nhiệm vụ phát triển kinh tế - xã hội của địa phương',
  'xây dựng thế trận an ninh nhân dân vững chắc',
]
// Sentences of the real samples, so bodies read like the archive and not only like templates.
const SAMPLE_SENTENCES = [
  'Công an các đơn vị, địa phương đã tập trung xây dựng, củng cố lực lượng bảo vệ dân phố, bảo vệ cơ quan, doanh nghiệp, cơ sở giáo dục theo hướng tự phòng, tự quản, tự bảo vệ, tự hòa giải.',
  'Thảo luận tại Hội nghị, các đại biểu đã đánh giá rõ hơn những kết quả đạt được và một số tồn tại, hạn chế trong thực hiện phong trào thời gian qua.',
  'Làm tốt công tác sơ, tổng kết, biểu dương khen thưởng kịp thời và nhân rộng điển hình tiên tiến trong việc thực hiện các chương trình, kế hoạch, quy chế phối hợp đảm bảo an ninh trật tự.',
  'Tăng cường công tác tuyên truyền, phổ biến giáo dục pháp luật, nâng cao ý thức trách nhiệm của Nhân dân.',
  'Công tác tuyên truyền, vận động ở địa bàn cơ sở được triển khai đồng bộ gắn với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.',
  'Quan tâm xây dựng lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở vững mạnh, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
  'Dịp này, lãnh đạo Công an tỉnh đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc.',
  'Những kết quả đạt được đã góp phần phòng ngừa, giải quyết, xử lý từ sớm, từ cơ sở các vụ việc liên quan đến an ninh trật tự, không để hình thành “điểm nóng”.',
]
const CAPTIONS = [
  'Quang cảnh Hội nghị',
  'Đồng chí Giám đốc Công an tỉnh phát biểu chỉ đạo tại Hội nghị',
  'Lực lượng Cảnh sát giao thông kiểm tra phương tiện',
  'Các đại biểu dự lễ ra quân',
  'Cán bộ Công an hướng dẫn người dân làm thủ tục cấp căn cước',
  'Trao tặng Giấy khen cho các tập thể có thành tích xuất sắc',
  'Tuyên truyền tại khu dân cư',
  'Diễn tập phương án chữa cháy và cứu nạn, cứu hộ',
  'Đoàn viên thanh niên ra quân dọn vệ sinh môi trường',
]
const BYLINES = [
  'Thúy Triều',
  'BH',
  'Minh Anh',
  'Thanh Hà',
  'Hương Dịu',
  'Ngọc Lan',
  'Đức Thắng',
  'Hoàng Long',
  'Phòng Tham mưu',
  'Quang Huy',
  'Thu Trang',
  'Văn Tuấn',
  'Lê Hằng',
  'Bảo Ngọc',
  'Tiến Dũng',
]
const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']

/** mulberry32: a small seeded generator, plenty for varied text. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function makePage(i: number, seed: number): LegacyPage {
  // One generator per page: page i does not depend on how many pages came before it.
  const rnd = seededRandom(seed * 1_000_003 + i)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1))
  const roll = rnd()
  const format: LegacyFormat = roll < 0.45 ? 'nukeviet' : roll < 0.9 ? 'publishingportal' : 'bare'
  const unit = pick(UNITS)
  const topic = pick(TOPICS)
  // Portals reuse headlines ("Hội nghị sơ kết…" every year): about one page in fifty repeats one.
  const title =
    rnd() < 0.02
      ? `${UNITS[i % 3]} ${ACTIONS[i % 4]} ${TOPICS[i % 2]}`
      : `${unit} ${pick(ACTIONS)} ${topic} ${pick(PLACES)} năm ${int(2015, 2024)}`
  const sentence = () =>
    rnd() < 0.3
      ? pick(SAMPLE_SENTENCES)
      : `${pick(UNITS)} đã ${pick(ACTIONS)} công tác ${pick(TOPICS)} ${pick(PLACES)}, ${pick(AIMS)}.`
  const paragraph = () => Array.from({ length: int(2, 4) }, sentence).join(' ')
  const lead = `${sentence()} ${sentence()}`
  const when = new Date(Date.UTC(2014, 0, 1) + Math.floor(rnd() * 11 * 365 * 86_400_000))
  const [dd, mm, yyyy] = [
    pad(when.getUTCDate()),
    pad(when.getUTCMonth() + 1),
    when.getUTCFullYear(),
  ]
  const time = `${pad(int(6, 23))}:${pad(int(0, 59))}`
  const captionCount = format === 'bare' ? 0 : pick([0, 1, 1, 1, 2, 2, 3])
  const captionText = () => {
    const caption = pick(CAPTIONS)
    // Most captions are particular to the event; "Quang cảnh Hội nghị" alone recurs everywhere.
    return caption === CAPTIONS[0] || rnd() < 0.2
      ? caption
      : `${caption} ${pick(PLACES)} (${dd}/${mm})`
  }
  const paragraphs = Array.from({ length: int(3, 8) }, paragraph)
  // The closing mark of Vietnamese official news: "…an ninh./."
  if (format !== 'nukeviet') paragraphs[paragraphs.length - 1] += '/.'
  const body: string[] = []
  // Never after the last paragraph: the signature must follow a finished sentence, as it does.
  const captionAt = new Set(
    Array.from({ length: captionCount }, () => int(0, paragraphs.length - 2)),
  )
  let captions = 0
  for (const [p, text] of paragraphs.entries()) {
    body.push(text)
    if (!captionAt.has(p)) continue
    const caption = captionText()
    captions++
    if (format === 'nukeviet') body.push(`${caption}\n${caption}`)
    else body.push(rnd() < 0.5 ? `${caption} (Ảnh: ${pick(BYLINES)})` : caption)
  }
  const byline = pick(BYLINES)
  const views = int(0, 25_000).toLocaleString('de-DE')
  const weekday = WEEKDAYS[when.getUTCDay()]
  let text: string
  if (format === 'nukeviet') {
    text = [
      `${title} \n`,
      `${weekday} - ${dd}/${mm}/${yyyy} ${time} ${views} 0`,
      lead,
      body.join('\n\n'),
      `\nTác giả bài viết: ${byline}\n`,
      'Tổng số điểm của bài viết là: 0 trong 0 đánh giá\n',
      'Click để đánh giá bài viết\n',
      '  Ý kiến bạn đọc\n',
      'Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây',
    ].join('\n')
  } else if (format === 'publishingportal') {
    text = [
      'PublishingPortal - Block_BanTin_Toolbar\n',
      `${dd}/${mm}/${yyyy}`,
      'Tăng cỡ chữ Giảm cỡ chữ',
      title,
      `${lead}\n`,
      ' PublishingPortal - Block_BanTin_ViewData\n',
      `${body.join('\n\n')}\n`,
      byline,
    ].join('\n')
  } else {
    text = ` date ${yyyy}-${mm} ${lead}\n\n${body.join('\n\n')}`
  }
  // Windows exporters: some files come with CRLF line ends and a byte-order mark.
  if (rnd() < 0.1) text = `\uFEFF${text.replace(/\n/g, '\r\n')}`
  const section = pick(SECTIONS)
  return { path: `${section}/${format}-${pad(i + 1, 5)}.txt`, format, text, captions }
}

/** Pages 0…count-1 of the archive `seed`. */
export function* legacyPages(count: number, seed = 1): Generator<LegacyPage> {
  for (let i = 0; i < count; i++) yield makePage(i, seed)
}
