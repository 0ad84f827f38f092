import QRCode from 'qrcode';

/**
 * The personal QR code carries a link to the check-in page with the code: scanned with the coordinator's check-in
 * page it checks the person in at once; scanned with any phone camera it opens that page for a coordinator.
 */
export const checkInLink = (baseUrl: string, code: string) => `${baseUrl}/check-in/${encodeURIComponent(code)}`;

export async function checkInQrPng(baseUrl: string, code: string): Promise<Buffer> {
  return QRCode.toBuffer(checkInLink(baseUrl, code), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 320 });
}

export async function checkInQrSvg(baseUrl: string, code: string): Promise<string> {
  return QRCode.toString(checkInLink(baseUrl, code), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}
