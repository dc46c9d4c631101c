/**
 * KaTeX's stylesheet and fonts as the reader serves them (maths-assets.ts): every font the
 * stylesheet names, with its type, from the katex package; no other name under that prefix.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startReader, type RunningReader } from '../../src/reader/server.js';
import { MATHS_STYLESHEET } from '../../src/reader/maths-assets.js';
import { rawGet, removeMirror, sampleMirror } from './helpers.js';

let out = '';
let reader: RunningReader;

before(async () => {
  out = await sampleMirror();
  reader = await startReader({ outDir: out, port: 0, host: '127.0.0.1' });
  await reader.titlesLoaded();
});

after(async () => {
  await reader?.close();
  if (out) removeMirror(out);
});

const get = (p: string) => rawGet(reader.port, p);

test('the stylesheet and every font it names are served, with their types', async () => {
  const css = await get(MATHS_STYLESHEET);
  assert.equal(css.status, 200);
  assert.equal(css.headers['content-type'], 'text/css; charset=utf-8');
  assert.match(css.body, /\.katex\{/);
  const fonts = [...new Set([...css.body.matchAll(/url\((fonts\/[^)]+)\)/g)].map((m) => m[1]!))];
  assert.ok(fonts.length >= 20, `${fonts.length} fonts`);
  for (const font of fonts) {
    const res = await get(new URL(font, `http://x${MATHS_STYLESHEET}`).pathname);
    assert.equal(res.status, 200, font);
    assert.equal(res.headers['content-type'], `font/${/\.(\w+)$/.exec(font)![1]}`, font);
    assert.ok(Number(res.headers['content-length']) > 1000, font);
  }
});

test('nothing else is served under the assets prefix', async () => {
  for (const p of ['/.assets/katex/', '/.assets/katex/katex.js', '/.assets/katex/fonts/Nope.woff2', '/.assets/katex/fonts/../katex.min.css', '/.assets/katex/%2e%2e/package.json', '/.assets/katex/fonts/KaTeX_Main-Regular.woff2/x']) {
    const res = await get(p);
    assert.ok(res.status === 404 || res.status === 400, `${p}: ${res.status}`);
    assert.ok(!/^font\/|^text\/css/.test(String(res.headers['content-type'])), p);
  }
});
