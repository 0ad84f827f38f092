/** The constraint a unique violation (SQLSTATE 23505) broke, whichever driver and however Drizzle wrapped it. */
export function uniqueViolation(error: unknown): string | undefined {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint, detail, message } = e as { code?: string; constraint?: string; detail?: string; message?: string };
    if (code === '23505') return constraint ?? /constraint "([^"]+)"/.exec(`${message ?? ''} ${detail ?? ''}`)?.[1] ?? '';
    if (e === (e as { cause?: unknown }).cause) break;
  }
  return undefined;
}
