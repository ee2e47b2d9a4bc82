/** Screen-reader text that Payload's libraries hard-code in English, and what it says here. */
const ATTRIBUTE_TEXT: Record<string, string> = {
  // sonner, the toast list ("alt+T" is its shortcut to jump there)
  'Notifications alt+T': 'Thông báo (Alt+T)',
  'Close toast': 'Đóng thông báo',
  // Lexical, the body editor
  'Edit link': 'Sửa liên kết',
  'Remove link': 'Bỏ liên kết',
  'Add block': 'Thêm khối',
  'Drag to move': 'Kéo để di chuyển',
  'Insert Paragraph': 'Chèn đoạn văn',
  'Add Row': 'Thêm hàng',
  'Add Column': 'Thêm cột',
  // Payload
  'select-all': 'Chọn tất cả',
  toggle: 'Bật/tắt',
  'toggle fullscreen': 'Toàn màn hình',
  Time: 'Giờ',
}

export const translateAttribute = (value: string): string => ATTRIBUTE_TEXT[value] ?? value

const DND_INSTRUCTIONS =
  'Để nhấc một mục lên, nhấn phím cách. Khi đang kéo, dùng các phím mũi tên để di chuyển. ' +
  'Nhấn phím cách lần nữa để đặt mục vào chỗ mới, hoặc Esc để huỷ.'

/** dnd-kit's default announcements (@dnd-kit/core defaultAnnouncements), as patterns. */
const LIVE_TEXT: Array<[RegExp, (...parts: string[]) => string]> = [
  [/^\s*To pick up a draggable item/, () => DND_INSTRUCTIONS],
  [/^Picked up draggable item (.+)\.$/, (id) => `Đã nhấc mục ${id}.`],
  [
    /^Draggable item (.+) was moved over droppable area (.+)\.$/,
    (a, b) => `Mục ${a} đang ở trên vùng ${b}.`,
  ],
  [
    /^Draggable item (.+) is no longer over a droppable area\.$/,
    (a) => `Mục ${a} không còn ở trên vùng nào.`,
  ],
  [
    /^Draggable item (.+) was dropped over droppable area (.+)$/,
    (a, b) => `Đã đặt mục ${a} vào vùng ${b}.`,
  ],
  [/^Draggable item (.+) was dropped\.$/, (a) => `Đã đặt mục ${a}.`],
  [
    /^Dragging was cancelled\. Draggable item (.+) was dropped\.$/,
    (a) => `Đã huỷ kéo. Mục ${a} trở về chỗ cũ.`,
  ],
]

export function translateLiveText(text: string): string {
  for (const [pattern, say] of LIVE_TEXT) {
    const match = pattern.exec(text)
    if (match) return say(...match.slice(1))
  }
  return text
}
