/**
 * The words of the page chrome (header, menu, tools, footer) in the page's language. Content
 * stays in the language it was written in; an English page gets English chrome around it.
 */
export type Lang = 'vi' | 'en'

const TEXT = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    sections: 'Chuyên mục',
    breadcrumb: 'Đường dẫn',
    menu: 'Chuyên mục',
    search: 'Tìm kiếm',
    searchLabel: 'Tìm tin bài',
    searchPlaceholder: 'Tìm tin bài',
    searchButton: 'Tìm',
    textSize: 'Cỡ chữ',
    smaller: 'Giảm cỡ chữ',
    larger: 'Tăng cỡ chữ',
    address: 'Địa chỉ',
    phone: 'Điện thoại',
    hotline: 'Đường dây nóng',
    email: 'Email',
    footerLinks: 'Thông tin',
    about: 'Giới thiệu',
    contact: 'Liên hệ',
    archive: 'Lưu trữ',
    wanted: 'Truy nã',
    documents: 'Văn bản',
    reception: 'Lịch tiếp công dân',
    reportCrime: 'Tố giác tội phạm',
    otherLanguage: 'English',
  },
  en: {
    skip: 'Skip to main content',
    home: 'Home (Vietnamese)',
    sections: 'Sections',
    breadcrumb: 'Breadcrumb',
    menu: 'Sections',
    search: 'Search',
    searchLabel: 'Search the news (in Vietnamese)',
    searchPlaceholder: 'Search the news',
    searchButton: 'Search',
    textSize: 'Text size',
    smaller: 'Smaller text',
    larger: 'Larger text',
    address: 'Address',
    phone: 'Telephone',
    hotline: 'Hotline',
    email: 'Email',
    footerLinks: 'Information',
    about: 'About (Vietnamese)',
    contact: 'Contact (Vietnamese)',
    archive: 'Archive (Vietnamese)',
    wanted: 'Wanted notices (Vietnamese)',
    documents: 'Documents (Vietnamese)',
    reception: 'Citizen reception schedule (Vietnamese)',
    reportCrime: 'Reporting a crime (Vietnamese)',
    otherLanguage: 'Tiếng Việt',
  },
} as const satisfies Record<Lang, Record<string, string>>

export type ChromeText = (typeof TEXT)[Lang]

export const chromeText = (lang: Lang): ChromeText => TEXT[lang]
