/** Checks `condition` every 25 ms until it holds; fails after `timeoutMs` saying what it waited for. */
export async function waitFor(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what = condition.toString(),
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`gave up after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
