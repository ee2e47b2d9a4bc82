import { describe, expect, test } from 'vitest'

import { translateAttribute, translateLiveText } from '../../cms/components/screen-reader-text'

describe('screen-reader text', () => {
  test('the English labels of Lexical, sonner and Payload are read in Vietnamese', () => {
    expect(translateAttribute('Edit link')).toBe('Sửa liên kết')
    expect(translateAttribute('Drag to move')).toBe('Kéo để di chuyển')
    expect(translateAttribute('Close toast')).toBe('Đóng thông báo')
    expect(translateAttribute('Notifications alt+T')).toBe('Thông báo (Alt+T)')
  })

  test('any other label is left as it is', () => {
    expect(translateAttribute('Tiêu đề')).toBe('Tiêu đề')
  })

  test("dnd-kit's instructions and announcements are translated, keeping the item's name", () => {
    const instructions =
      '\n    To pick up a draggable item, press the space bar.\n    While dragging, …'
    expect(translateLiveText(instructions)).toMatch(/^Để nhấc một mục lên, nhấn phím cách\./)
    expect(translateLiveText('Picked up draggable item an-ninh.')).toBe('Đã nhấc mục an-ninh.')
    expect(translateLiveText('Draggable item 3 was moved over droppable area 5.')).toBe(
      'Mục 3 đang ở trên vùng 5.',
    )
    expect(translateLiveText('Dragging was cancelled. Draggable item 3 was dropped.')).toBe(
      'Đã huỷ kéo. Mục 3 trở về chỗ cũ.',
    )
  })

  test('text that merely mentions the words is left alone', () => {
    expect(translateLiveText('Bài viết về Draggable item')).toBe('Bài viết về Draggable item')
  })
})
