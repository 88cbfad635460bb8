import QRCode from 'qrcode';

/**
 * A QR code as SVG, made here and never by an outside service (the pages make no third-party
 * requests). Medium error correction survives a projector's glare; a margin of two modules is
 * enough on a white page.
 */
export const qrSvg = (text: string): Promise<string> =>
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
