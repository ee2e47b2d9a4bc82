/**
 * Where Payload's own Vietnamese reads oddly to a press office (its "tài liệu" is a generic
 * "document"; ours are articles and images), or a Lexical feature's label is a literal translation.
 * Merged last, over Payload's and Lexical's strings (speakVietnamese.ts): Lexical adds its own
 * while the config is sanitised and would win over `i18n.translations`.
 */
export const VIETNAMESE_OVERRIDES = {
  vi: {
    version: {
      publishChanges: 'Xuất bản',
      publishing: 'Đang xuất bản…',
      unpublish: 'Ngừng xuất bản',
      unpublishing: 'Đang ngừng xuất bản…',
      unpublishedSuccessfully: 'Đã ngừng xuất bản.',
      aboutToUnpublish:
        'Ngừng xuất bản bài này? Bài sẽ biến mất khỏi trang tin ở lần dựng trang tới.',
      currentDocumentStatus: 'Trạng thái hiện tại: {{docStatus}}',
      schedulePublish: 'Hẹn giờ xuất bản',
      autosave: 'Tự động lưu',
      currentDraft: 'Bản nháp hiện tại',
      currentPublishedVersion: 'Bản đang xuất bản',
      previousVersion: 'Phiên bản trước',
      // The edit screen's preview link (endpoints/articlePreview.ts); Payload's own reads "Bản xem trước".
      preview: 'Xem trước',
    },
    error: {
      loadingDocument: 'Không tải được mục có mã {{id}}.',
      unPublishingDocument: 'Không ngừng xuất bản được bài này.',
    },
    general: {
      reloadDocument: 'Tải lại',
      currentlyEditing:
        // Said to reporters too, who are not offered the take-over (components/TakeOverForEditors.tsx).
        'đang sửa mục này. Biên tập viên có thể tiếp quản; khi đó người đang sửa sẽ không sửa tiếp được và có thể mất phần chưa lưu.',
    },
    authentication: {
      // The first-account screen: this account is the admin, whatever else it could be.
      beginCreateFirstUser:
        'Tạo tài khoản đầu tiên. Tài khoản này là tài khoản quản trị: người dùng nó thêm tài khoản cho ' +
        'biên tập viên và phóng viên, và giao vai trò cho từng người.',
    },
    upload: {
      fileName: 'Tên tệp',
      fileSize: 'Dung lượng tệp',
      sizes: 'Các cỡ ảnh',
    },
    lexical: {
      horizontalRule: { label: 'Đường kẻ ngang' },
    },
  },
}
