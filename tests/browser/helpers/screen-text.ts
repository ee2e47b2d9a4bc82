import type { Page } from 'playwright-core'

/**
 * What a person sees and what a screen reader says on the page as it is now: every text node
 * (hidden ones included: screen-reader instructions and live regions are hidden text), the
 * document title, and aria-label, title, placeholder and alt attributes. What staff typed (the
 * body editor, form inputs) is left out.
 */
export function readScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>([document.title])
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name)?.trim()
        if (value) found.add(value)
      }
    }
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement
      if (!parent || parent.closest('script, style, [contenteditable="true"]')) continue
      const text = node.nodeValue?.trim()
      if (text) found.add(text)
    }
    return [...found]
  })
}
