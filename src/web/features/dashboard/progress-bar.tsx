/** A progress bar that says its value to screen readers. */
export function ProgressBar({ ratio, label, tone }: { ratio: number; label: string; tone?: 'late' | 'done' }) {
  const pct = Math.round(Math.min(1, Math.max(0, ratio)) * 100);
  return (
    <div className={`progress${tone ? ` progress--${tone}` : ''}`} role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100} aria-label={label}>
      <div className="progress__fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
