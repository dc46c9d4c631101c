/**
 * Addresses sent with raw UTF-8 in them (`curl 'http://…/w/index.php?title=数学'`: curl sends the
 * bytes as typed; browsers percent-encode them). Node's HTTP parser refuses any byte over 0x7F in
 * the request line before the server sees the request (HPE_INVALID_URL, a bare 400). A web server
 * in front of MediaWiki takes such bytes as UTF-8, so the reader answers from the refused request's
 * first bytes (the `clientError` event's `rawPacket`): a request line whose address is valid UTF-8
 * is sent on (302) to the same address percent-encoded, as a browser would have sent it; bytes
 * that are not UTF-8 get a 400 that says so. An address beginning `//` or `/\` is refused (400), as
 * the reader refuses it percent-encoded: sent on, a client reads it as another host's address.
 * Any other parse error is answered as Node answers it.
 */
import type { Duplex } from 'node:stream';

export type RawRequestAnswer =
  | { kind: 'redirect'; location: string }
  | { kind: 'bad'; reason: string };

/** The request line's address read as UTF-8, non-ASCII percent-encoded; null when the packet is not a request line with such bytes. */
export function rawRequestAnswer(packet: Buffer | undefined): RawRequestAnswer | null {
  if (packet === undefined) return null;
  const end = packet.indexOf(0x0a);
  if (end === -1) return null;
  const line = packet.subarray(0, end > 0 && packet[end - 1] === 0x0d ? end - 1 : end);
  // METHOD SP target SP HTTP/1.x, the target any bytes but space and controls.
  const m = /^([A-Z]+) ([^\x00-\x20\x7f]+) HTTP\/1\.[01]$/.exec(line.toString('latin1'));
  if (m === null) return null;
  const target = Buffer.from(m[2]!, 'latin1');
  if (!target.some((b) => b >= 0x80) || target[0] !== 0x2f) return null;
  // `//example.com/数` as a Location is example.com's address; browsers read `/\` as `//`.
  if (target[1] === 0x2f || target[1] === 0x5c) return { kind: 'bad', reason: 'An address beginning // or /\\ is no page of this mirror.' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(target);
  } catch {
    return { kind: 'bad', reason: 'The address holds bytes that are not UTF-8: send it percent-encoded (as a browser does), or as UTF-8.' };
  }
  return { kind: 'redirect', location: text.replace(/[^\x00-\x7f]+/gu, (s) => encodeURIComponent(s)) };
}

/** Answers a request the HTTP parser refused (the server's `clientError` event), as Node would unless the address was raw UTF-8. */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex, headers: Record<string, string>): void {
  // As Node's own handler: nothing is written to a socket gone or already answering a request.
  const answering = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent === true;
  if (err.code === 'ECONNRESET' || !socket.writable || answering) {
    socket.destroy();
    return;
  }
  const answer = err.code === 'HPE_INVALID_URL' ? rawRequestAnswer(err.rawPacket) : null;
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  if (answer?.kind === 'redirect') {
    socket.end(`HTTP/1.1 302 Found\r\nLocation: ${answer.location}\r\nContent-Length: 0\r\n${extra}Connection: close\r\n\r\n`);
  } else if (answer?.kind === 'bad') {
    const body = `${answer.reason}\n`;
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`);
  } else {
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  }
}
