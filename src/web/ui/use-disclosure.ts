import { useEffect, useRef, useState } from 'react';

/**
 * A button that shows and hides a panel: Escape closes it and gives the focus back to the button,
 * a click outside closes it, and so does a change of `closeOn` (the current page, typically).
 */
export function useDisclosure<T extends HTMLElement = HTMLDivElement>(closeOn: unknown) {
  const [open, setOpen] = useState(false);
  const root = useRef<T>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [closeOn]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onFocus = (e: FocusEvent) => {
      if (root.current && e.target instanceof Node && !root.current.contains(e.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onPointer);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onPointer);
      document.removeEventListener('focusin', onFocus);
    };
  }, [open]);

  return { open, setOpen, toggle: () => setOpen((o) => !o), root, button };
}
