import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

// The Barcode Detection API is not in TypeScript's DOM library yet: the little we use of it.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this browser can read QR codes from the camera (Chrome on Android, Safari 17+…). */
export const canScanQr = () => typeof window !== 'undefined' && !!detectorClass() && !!navigator.mediaDevices?.getUserMedia;

/**
 * Reads QR codes with the phone's back camera through the browser's BarcodeDetector. Each distinct code is reported
 * once, then again only after a pause, so a code held in front of the camera is not checked in over and over.
 */
export function QrScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | null>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<'unsupported' | 'denied' | null>(canScanQr() ? null : 'unsupported');

  const stop = useCallback(() => {
    if (timer.current !== null) window.clearInterval(timer.current);
    timer.current = null;
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    setRunning(false);
  }, []);

  useEffect(() => stop, [stop]);

  const start = async () => {
    const Detector = detectorClass();
    if (!Detector) return setProblem('unsupported');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      return setProblem('denied');
    }
    setRunning(true);
    const element = video.current!;
    element.srcObject = stream.current;
    await element.play().catch(() => undefined);
    const detector = new Detector({ formats: ['qr_code'] });
    let busy = false;
    timer.current = window.setInterval(() => {
      if (busy || element.readyState < 2) return;
      busy = true;
      detector
        .detect(element)
        .then((codes) => {
          const value = codes[0]?.rawValue;
          if (!value) return;
          const now = Date.now();
          if (last.current && last.current.code === value && now - last.current.at < 4000) return;
          last.current = { code: value, at: now };
          onCode(value);
        })
        .catch(() => undefined)
        .finally(() => {
          busy = false;
        });
    }, 250);
  };

  return (
    <div className="qr-scanner">
      {problem === 'unsupported' ? <p className="muted">{t('events.checkIn.cameraUnsupported')}</p> : null}
      {problem === 'denied' ? <p className="muted">{t('events.checkIn.cameraDenied')}</p> : null}
      {problem !== 'unsupported' ? (
        running ? (
          <button type="button" className="button button--ghost" onClick={stop}>
            {t('events.checkIn.stopScan')}
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => void start()}>
            {t('events.checkIn.scan')}
          </button>
        )
      ) : null}
      <video ref={video} className={running ? 'qr-scanner__video' : 'qr-scanner__video qr-scanner__video--off'} muted playsInline aria-label={t('events.checkIn.scanning')} />
      {running ? <p className="muted">{t('events.checkIn.scanning')}</p> : null}
    </div>
  );
}
