import type { ReactNode } from 'react';

type Tone = 'error' | 'success' | 'info';

/** A message above a form or page: errors are announced at once (role=alert), the rest politely. */
export function Banner({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
