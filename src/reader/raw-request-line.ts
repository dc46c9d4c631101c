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
 * it: Node's 400. A request line split across packets (`GET /wi`, then `ki/Київ …`) is read whole,
 * from what the socket sent before and, when cut inside the address, what it sends next
 * (tapRequestLines). `insecureHTTPParser` would not help: Node's lenient parser refuses these bytes
 * too, and it lets through what request smuggling needs. Any other parse error is answered as Node 20's own handler answers it (lib/_http_server.js, socketOnError): 431,
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

/** Node's default maxHeaderSize: a request line longer than this is refused (431) whatever its bytes. */
const MAX_LINE = 16 * 1024;

/** How long the rest of a refused request line is waited for before Node's 400 (Node answers at once). */
const LINE_WAIT_MS = 10_000;

interface Tapped {
  /** What the socket has sent since its last line feed; null once over MAX_LINE (the line's start is lost). */
  kept: Buffer | null;
  /** A refused line whose end has not come yet: its bytes so far, where the parser stopped in them, the packet already in them. */
  waiting: { line: Buffer; at: number; packet: Buffer; headers: Record<string, string>; timer: NodeJS.Timeout } | null;
}

const TAPPED = new WeakMap<Duplex, Tapped>();

/**
 * Keeps what a socket has sent since its last line feed, so that a request line the parser refuses
 * in a later packet can be read from its start (`GET /wi`, then `ki/Київ …`): the `clientError`
 * event holds only the packet the parser refused. A 'data' listener is Node's own way to see the
 * bytes: the server then feeds its parser from the socket's 'data' events in JavaScript (as for
 * any socket with such a listener, lib/_http_server.js unconsume) instead of in C++; the parser,
 * its limits and its answers are unchanged. The server's listener runs first, so at a `clientError`
 * the kept bytes are those before the refused packet. A refused line whose end is still to come
 * (cut inside the address) is answered when it comes. Call it from the server's 'connection' event.
 */
export function tapRequestLines(socket: Duplex): void {
  const tapped: Tapped = { kept: Buffer.alloc(0), waiting: null };
  TAPPED.set(socket, tapped);
  socket.on('close', () => {
    if (tapped.waiting) clearTimeout(tapped.waiting.timer);
  });
  socket.on('data', (chunk: Buffer | string) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    const waiting = tapped.waiting;
    if (waiting !== null) {
      if (bytes === waiting.packet) return; // the refused packet itself, already in the line
      waiting.line = Buffer.concat([waiting.line, bytes]);
      const complete = waiting.line.indexOf(0x0a, waiting.at) !== -1;
      if (!complete && waiting.line.length <= MAX_LINE) return;
      clearTimeout(waiting.timer);
      tapped.waiting = null;
      answer(socket, complete ? rawRequestAnswer(waiting.line, waiting.at) : null, 'HPE_INVALID_URL', waiting.headers);
      return;
    }
    const lf = bytes.lastIndexOf(0x0a);
    // A copy: a slice would keep the whole packet alive.
    const kept = lf !== -1 ? Buffer.from(bytes.subarray(lf + 1)) : tapped.kept === null ? null : Buffer.concat([tapped.kept, bytes]);
    tapped.kept = kept !== null && kept.length > MAX_LINE ? null : kept;
  });
}

/** Node's own answers by the parser's error code (lib/_http_server.js); any other is a 400. */
const NODE_STATUS: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };

type ClientError = Error & { code?: string; rawPacket?: Buffer; bytesParsed?: number };

/** Answers a request the HTTP parser refused (the server's `clientError` event), as Node would unless the address was raw UTF-8. */
export function answerClientError(err: ClientError, socket: Duplex, headers: Record<string, string>): void {
  const tapped = TAPPED.get(socket);
  // The rest of a refused line: the parser refuses each later packet too; the tap answers.
  if (tapped?.waiting) return;
  // As Node's own handler: nothing is written to a socket gone or already sending a response.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent === true) {
    socket.destroy();
    return;
  }
  // Behind a request still unanswered, a 302 would be read as that request's answer: Node's 400.
  const packet = err.code === 'HPE_INVALID_URL' && !inFlight ? err.rawPacket : undefined;
  if (packet === undefined || tapped === undefined) return answer(socket, rawRequestAnswer(packet, err.bytesParsed), err.code, headers);
  // The line with what the socket sent of it before this packet.
  const at = err.bytesParsed ?? 0;
  const lineStart = at > 0 ? packet.lastIndexOf(0x0a, at - 1) + 1 : 0;
  if (lineStart === 0 && tapped.kept === null) return answer(socket, null, err.code, headers);
  const before = lineStart === 0 ? tapped.kept! : Buffer.alloc(0);
  const line = Buffer.concat([before, packet.subarray(lineStart)]);
  const lineAt = before.length + at - lineStart;
  // Cut inside the address, the line may yet be one: wait for its end (no more than a line's length, or LINE_WAIT_MS).
  if (line.indexOf(0x0a, lineAt) === -1 && line.length <= MAX_LINE && /^[A-Z]+ \/[^\x00-\x20\x7f]*$/.test(line.toString('latin1'))) {
    const timer = setTimeout(() => {
      tapped.waiting = null;
      answer(socket, null, err.code, headers);
    }, LINE_WAIT_MS).unref();
    tapped.waiting = { line, at: lineAt, packet, headers, timer };
    return;
  }
  answer(socket, rawRequestAnswer(line, lineAt), err.code, headers);
}

/** Writes the answer to a refused request and closes the socket: a raw UTF-8 address's, else Node's by the error's code. */
function answer(socket: Duplex, found: RawRequestAnswer | null, code: string | undefined, headers: Record<string, string>): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  if (found?.kind === 'redirect') {
    socket.end(`HTTP/1.1 302 Found\r\nLocation: ${found.location}\r\nContent-Length: 0\r\n${extra}Connection: close\r\n\r\n`);
  } else if (found?.kind === 'bad') {
    const body = `${found.reason}\n`;
    socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`);
  } else {
    const status = NODE_STATUS[code ?? ''] ?? 400;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`);
  }
}
