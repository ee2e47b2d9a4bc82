/** What the review buttons and notice say; shared by the admin components. */
export const REVIEW_TEXT = {
  submit: 'Gửi duyệt',
  submitHint:
    'Gửi bài cho biên tập viên duyệt. Sau khi gửi, bạn chưa sửa được cho tới khi bài được trả lại.',
  returnIt: 'Trả lại',
  returnHint: 'Trả bài về cho phóng viên sửa, kèm ghi chú ở "Ghi chú của biên tập viên".',
  needsNote:
    'Ghi rõ điều phóng viên cần sửa ở "Ghi chú của biên tập viên" (cột bên phải) rồi bấm "Trả lại".',
  saveFirst: 'Lưu bài trước khi gửi duyệt.',
  submittedForReporter:
    'Bài đã gửi duyệt và đang chờ biên tập viên. Bạn chưa sửa được cho tới khi bài được trả lại.',
  submittedForEditor:
    'Phóng viên đã gửi bài này để duyệt: xuất bản, hẹn giờ đăng, hoặc trả lại kèm ghi chú.',
  returned: 'Biên tập viên đã trả lại bài này. Sửa theo ghi chú rồi bấm "Gửi duyệt" lại:',
} as const
