import { QRCode } from 'antd';

/**
 * The QR code that opens a guide on a phone [002], drawn in the browser as SVG (crisp on paper). antd's QRCode is
 * loaded with the guide page only (this module is imported lazily), so the home page does not carry the encoder.
 */
export function GuideQrCode({ url, label }: { url: string; label: string }) {
  return (
    <div role="img" aria-label={label} className="guide-qr" data-testid="guide-qr">
      <QRCode value={url} type="svg" size={148} bordered={false} errorLevel="M" color="#000000" bgColor="#ffffff" />
    </div>
  );
}
