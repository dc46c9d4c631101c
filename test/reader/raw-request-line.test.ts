/**
 * answerClientError beside Node's own handler: two servers alike but for the reader's `clientError`
 * listener get the same bytes, and answer alike except where the reader reads a raw UTF-8 address.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { answerClientError, rawRequestAnswer } from '../../src/reader/raw-request-line.js';

let plain: http.Server;
let reader: http.Server;

function server(withReader: boolean): Promise<http.Server> {
  // Short timeouts, so that a request whose headers never end is refused within the test.
  const s = http.createServer({ headersTimeout: 300, requestTimeout: 400, connectionsCheckingInterval: 100 }, (req, res) => {
    if (req.url === '/slow') {
      // Headers sent, the body's end 100 ms later.
      res.writeHead(200, { 'Content-Length': 10, Date: 'x' });
      res.write('12345');
      setTimeout(() => res.end('67890'), 100);
    } else if (req.url === '/wait') {
      setTimeout(() => res.end('waited\n'), 50);
    } else {
      req.resume();
      req.on('end', () => res.end('ok\n'));
    }
  });
  if (withReader) s.on('clientError', (err: Error, socket) => answerClientError(err, socket, {}));
  return new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s)));
}

before(async () => {
  plain = await server(false);
  reader = await server(true);
});

after(() => {
  plain.close();
  reader.close();
});

/** Writes each part after its delay on one socket; everything answered until the socket closes (at most 3 s). */
function talk(s: http.Server, parts: Array<[number, string | Buffer]>): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = net.connect((s.address() as AddressInfo).port, '127.0.0.1', () => {
      void (async () => {
        for (const [delay, data] of parts) {
          await new Promise((r) => setTimeout(r, delay));
          if (!socket.destroyed) socket.write(data);
        }
      })();
    });
    const timer = setTimeout(() => socket.destroy(), 3000);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8').replace(/^Date: .*\r\n/gm, ''));
    });
  });
}

const both = async (parts: Array<[number, string | Buffer]>) => Promise.all([talk(plain, parts), talk(reader, parts)]);

test('a request whose headers never end is a 408, as Node answers it (was 400)', async () => {
  const [node, ours] = await both([[0, 'GET / HTTP/1.1\r\nHost: x\r\n']]);
  assert.equal(node, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  assert.equal(ours, node);
});

test('an over-long chunk extension is a 413, as Node answers it (was 400)', async () => {
  const [node, ours] = await both([[0, `POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;${'a'.repeat(20000)}\r\nhello\r\n0\r\n\r\n`]]);
  assert.equal(node, 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n');
  assert.equal(ours, node);
});

test('a bad request behind a response already begun: nothing written into that response, the socket closed', async () => {
  const [node, ours] = await both([[0, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n'], [20, 'GET /a\x7fb HTTP/1.1\r\nHost: x\r\n\r\n']]);
  assert.match(node, /^HTTP\/1\.1 200 OK\r\n/);
  assert.doesNotMatch(node, /400/);
  assert.equal(ours, node);
});

test('a raw UTF-8 request behind one not yet answered gets Node\'s 400, not a 302 read as the first one\'s answer', async () => {
  const [node, ours] = await both([[0, 'GET /wait HTTP/1.1\r\nHost: x\r\n\r\n'], [5, Buffer.from('GET /wiki/Київ HTTP/1.1\r\nHost: x\r\n\r\n')]]);
  assert.equal(node, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  assert.equal(ours, node);
});

test('the address is read from the refused request\'s own line, not the packet\'s first', async () => {
  // An empty line before a request line is allowed (RFC 9112 2.2); Node's parser skips it.
  const ours = await talk(reader, [[0, Buffer.from('\r\nGET /wiki/Київ HTTP/1.1\r\nHost: x\r\n\r\n')]]);
  assert.equal(ours, 'HTTP/1.1 302 Found\r\nLocation: /wiki/%D0%9A%D0%B8%D1%97%D0%B2\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  const packet = Buffer.from('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /数 HTTP/1.1\r\nHost: x\r\n\r\n');
  const at = packet.indexOf(Buffer.from('数'));
  assert.deepEqual(rawRequestAnswer(packet, at), { kind: 'redirect', location: '/%E6%95%B0' });
  assert.equal(rawRequestAnswer(packet, 0), null); // the first line has no such bytes
  // A line begun in an earlier packet cannot be read: Node's 400.
  assert.equal(rawRequestAnswer(Buffer.from('ki/数 HTTP/1.1\r\nHost: x\r\n\r\n'), 3), null);
  const split = await talk(reader, [[0, 'GET /wi'], [20, Buffer.from('ki/数 HTTP/1.1\r\nHost: x\r\n\r\n')]]);
  assert.equal(split, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});

test('an answered raw request line closes the socket, as Node does, though the client keeps its side open (was held half-open)', { timeout: 10000 }, async () => {
  // Node's default timeouts: the short ones above would close a held socket within the test anyway.
  const s = http.createServer((_req, res) => res.end());
  s.on('clientError', (err: Error, socket) => answerClientError(err, socket, {}));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const connections = () => new Promise<number>((resolve) => s.getConnections((_e, n) => resolve(n)));
  try {
    for (const line of ['GET /wiki/Київ HTTP/1.1', 'GET /a\xff HTTP/1.1', 'GET /a\x7fb HTTP/1.1']) {
      // The client never ends its side: it only reads the answer and the server's FIN.
      const socket = net.connect({ port: (s.address() as AddressInfo).port, host: '127.0.0.1', allowHalfOpen: true });
      socket.on('error', () => {});
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      const ended = new Promise<void>((resolve) => socket.on('end', resolve));
      socket.write(Buffer.concat([Buffer.from(line, line.includes('\xff') ? 'latin1' : 'utf8'), Buffer.from('\r\nHost: x\r\n\r\n')]));
      await ended;
      assert.match(Buffer.concat(chunks).toString('latin1'), /^HTTP\/1\.1 (302|400) /, line);
      let open = await connections();
      for (let i = 0; i < 50 && open > 0; i++) {
        await new Promise((r) => setTimeout(r, 10));
        open = await connections();
      }
      socket.destroy();
      assert.equal(open, 0, line);
    }
  } finally {
    s.closeAllConnections();
    s.close();
  }
});
