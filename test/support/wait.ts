/**
 * Waits until `condition` holds, polling; fails after `timeoutMs` with `what` in the message.
 * Tests wait for conditions like this, never for a fixed time.
 */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 20_000, what = 'condition' }: { timeoutMs?: number; what?: string } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 10; !(await condition()); delay = Math.min(delay * 2, 250)) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise(resolve => setTimeout(resolve, delay));
  }
}
