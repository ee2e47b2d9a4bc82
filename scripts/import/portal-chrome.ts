/** The furniture of the old portals' pages: never article text. */

// Portal furniture specific enough to be cut wherever it appears, even glued to article text.
export const CHROME_ANYWHERE = [
  /PublishingPortal\s*-\s*Block_\w+/g,
  /Tăng cỡ chữ\s*Giảm cỡ chữ/g,
  /Tổng số điểm của bài viết là:\s*\d+\s*trong\s*\d+\s*đánh giá/g,
  /Click để đánh giá bài viết/g,
  /Bạn đã không sử dụng Site,?\s*Bấm vào đây để duy trì trạng thái đăng nhập\.?/g,
  /Thời gian chờ:\s*\d+\s*giây/g,
  // "Thứ 5, Ngày 16 Tháng 7 Năm 2020" is the day the page was viewed, not the publication date.
  /(Thứ\s+\S+|Chủ\s+nhật),?\s+Ngày\s+\d{1,2}\s+Tháng\s+\d{1,2}\s+Năm\s+\d{4}/g,
]
// Labels that are chrome only when they stand alone; inside a sentence they are prose.
export const CHROME_LINE =
  /^(Ý kiến bạn đọc|Tăng cỡ chữ|Giảm cỡ chữ|In bài viết|Gửi bài viết|Chia sẻ)$/i
