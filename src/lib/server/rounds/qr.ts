import QRCode from 'qrcode';

const options = { errorCorrectionLevel: 'M', margin: 2 } as const;

/** The participant link as an SVG QR code, to show inline and to download. */
export function qrSvg(link: string): Promise<string> {
	return QRCode.toString(link, { ...options, type: 'svg' });
}

export function qrPng(link: string): Promise<Buffer> {
	return QRCode.toBuffer(link, { ...options, type: 'png', width: 1024 });
}
