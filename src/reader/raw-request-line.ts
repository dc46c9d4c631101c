/**
 * Addresses sent with raw UTF-8 in them (`curl 'http://…/w/index.php?title=数学'`: curl sends the
 * bytes as typed; browsers percent-encode them). Node's HTTP parser refuses any byte over 0x7F in
 * the request line before the server sees the request (HPE_INVALID_URL, a bare 400). A web server
 * in front of MediaWiki takes such bytes as UTF-8, so the reader answers from the refused request's
 * line (in the `clientError` event's `rawPacket`, the line holding the refused byte at `bytesParsed`):
 * an address that is valid UTF-8 is sent on (302) to the same address percent-encoded, as a browser
 * would have sent it; bytes that are not UTF-8 get a 400 that says so. An address beginning `//` or
 * `/\` is refused (400), as the reader refuses it percent-encoded: sent on, a client reads it as
 * another host's address. A request pipelined behind one not yet answered is not answered ahead of
 * it, and a request line split across packets cannot be read: both get Node's 400. Any other parse
 * error is answered as Node 20's own handler answers it (lib/_http_server.js, socketOnError): 431,
 * 413 or 408 by its code, else 400, and nothing written once a response has begun.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

export type RawRequestAnswer =
  | { kind: 'redirect'; location: string }
  | { kind: 'bad'; reason: string };

/**
 * The address of the request line holding byte `at` of the packet (the parser's `bytesParsed`),
 * read as UTF-8, non-ASCII percent-encoded; null when that is not a whole request line with such bytes.
 */
export function rawRequestAnswer(packet: Buffer | undefined, at = 0): RawRequestAnswer | null {
  if (packet === undefined || at < 0 || at > packet.length) return null;
  const start = at > 0 ? packet.lastIndexOf(0x0a, at - 1) + 1 : 0;
  const end = packet.indexOf(0x0a, at);
  if (end === -1) return null;
  const line = packet.subarray(start, end > start && packet[end - 1] === 0x0d ? end - 1 : end);
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

/** Node's own answers by the parser's error code (lib/_http_server.js); any other is a 400. */
const NODE_STATUS: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

/** Answers a request the HTTP parser refused (the server's `clientError` event), as Node would unless the address was raw UTF-8. */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer; bytesParsed?: number }, socket: Duplex, headers: Record<string, string>): void {
  // As Node's own handler: nothing is written to a socket gone or already sending a response.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent === true) {
    socket.destroy();
    return;
  }
  // Behind a request still unanswered, a 302 would be read as that request's answer: Node's 400.
  const answer = err.code === 'HPE_INVALID_URL' && !inFlight ? rawRequestAnswer(err.rawPacket, err.bytesParsed) : null;
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  // Closed once the answer is flushed, as Node's own handler does (write, then destroy): the HTTP
  // server's sockets are half-open (allowHalfOpen), so end() alone left each one held, in
  // FIN-WAIT-2, until the client closed its side.
  const close = () => socket.destroy();
  if (answer?.kind === 'redirect') {
    socket.end(`HTTP/1.1 302 Found\r\nLocation: ${answer.location}\r\nContent-Length: 0\r\n${extra}Connection: close\r\n\r\n`, close);
  } else if (answer?.kind === 'bad') {
    const body = `${answer.reason}\n`;
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`, close);
  } else {
    const status = NODE_STATUS[err.code ?? ''] ?? 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`, close);
  }
}
