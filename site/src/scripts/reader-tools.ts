// Reader tools on every page: text size (remembered across pages), print, copy link.
// Kept tiny: the whole site budget outside search is 2 KB of gzipped JavaScript.
const KEY = 'bantin:font-scale'
const root = document.documentElement

const read = () => Number(root.dataset.fontScale ?? 0)
function setScale(scale: number) {
  const next = Math.max(-1, Math.min(4, scale))
  root.dataset.fontScale = String(next)
  try {
    localStorage.setItem(KEY, String(next))
  } catch {
    // Private mode without storage: the size still applies to this page.
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>(
    '[data-font-step],[data-print],[data-copy]',
  )
  if (!button) return
  if (button.dataset.fontStep) setScale(read() + Number(button.dataset.fontStep))
  else if (button.hasAttribute('data-print')) window.print()
  else {
    const status = document.getElementById('copy-status')
    navigator.clipboard.writeText(button.dataset.copy || location.href).then(
      () => status && (status.textContent = 'Đã sao chép liên kết'),
      () =>
        status &&
        (status.textContent = 'Không sao chép được, hãy chép địa chỉ trên thanh trình duyệt'),
    )
  }
})
