'use client'
import { type ReactNode, useEffect } from 'react'

import { translateAttribute, translateLiveText } from './screen-reader-text'

const ATTRIBUTES = ['aria-label', 'title', 'placeholder']

function translateElement(element: Element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name)
    if (value === null) continue
    // Payload titles its checkboxes with the field's code name ("isPublic"): read, not helpful.
    if (name === 'title' && element.getAttribute('name') === value) {
      element.removeAttribute(name)
      continue
    }
    const translated = translateAttribute(value)
    if (translated !== value) element.setAttribute(name, translated)
  }
}

/** dnd-kit's instructions and announcements are hidden text, only read by screen readers. */
function translateText(node: Node) {
  // What staff type (the body editor) is never touched.
  if (!node.nodeValue || node.parentElement?.closest('[contenteditable="true"]')) return
  const translated = translateLiveText(node.nodeValue)
  if (translated !== node.nodeValue) node.nodeValue = translated
}

function translateTree(root: Element) {
  translateElement(root)
  for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
    translateElement(element)
  }
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = texts.nextNode(); node; node = texts.nextNode()) translateText(node)
}

/**
 * Payload, Lexical, sonner and dnd-kit hard-code some screen-reader text in English ("Edit link",
 * "Drag to move", "Close toast", drag-and-drop instructions), with no setting to change it. This
 * wraps the admin and translates those strings wherever they appear, as they appear.
 */
export function ScreenReaderLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    translateTree(document.body)
    const observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') translateElement(mutation.target as Element)
        else if (mutation.type === 'characterData') translateText(mutation.target)
        else {
          for (const node of mutation.addedNodes) {
            if (node instanceof Element) translateTree(node)
            else if (node.nodeType === Node.TEXT_NODE) translateText(node)
          }
        }
      }
    })
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ATTRIBUTES,
    })
    return () => observer.disconnect()
  }, [])
  return children
}
