/** The index pass's account of a compressed dump cut short: whose bytes its offsets count. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inDecompressedXml } from '../../src/mirror/index-pass.js';

const CUT = 'dump truncated at byte 5671121 (inside the element starting at byte 5669525); last complete page: id 294 "検索エンジン"';

test('a compressed dump cut short: the offset is of the decompressed XML, and the compressed data’s end is named', () => {
  const file = { path: 'x.xml.bz2', compression: 'bzip2' as const, size: 1500000, multistreamIndex: null };
  assert.equal(
    inDecompressedXml(CUT, file, 1500000),
    'dump truncated at byte 5671121 of the decompressed XML (inside the element starting at byte 5669525; the bzip2 data ends after 1500000 bytes); last complete page: id 294 "検索エンジン"',
  );
  // Standard input's compression is found while reading: named in general terms.
  const stdin = { path: '-', compression: 'none' as const, size: null, multistreamIndex: null };
  assert.equal(
    inDecompressedXml('dump truncated at byte 900; no complete page', stdin, 300),
    'dump truncated at byte 900 of the decompressed XML (the compressed data ends after 300 bytes); no complete page',
  );
  // A damaged block is named by the decoder's own message, which stays as it is.
  const corrupt = 'bzip2 data error: data integrity (CRC) error in data; dump truncated at byte 700; last complete page: id 3 "条目3"';
  assert.equal(inDecompressedXml(corrupt, file, 500), corrupt);
});
