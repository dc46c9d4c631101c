/**
 * Reading OUTDIR/index.tsv without holding it as one string: a zh.wikipedia mirror's index has
 * ~1.4 million lines (~150 MB), and both the server and the search indexer walk it.
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { readTsvField } from '../mirror/compose.js';

/** Every line after the header, in order, read in 1 MB chunks. */
export function* tsvLines(file: string): Generator<string> {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const decoder = new StringDecoder('utf8');
    let rest = '';
    let header = true;
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      const text = n > 0 ? rest + decoder.write(buf.subarray(0, n)) : rest + decoder.end();
      let start = 0;
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        const line = text.slice(start, nl);
        start = nl + 1;
        if (header) header = false;
        else if (line) yield line;
      }
      rest = text.slice(start);
      if (n <= 0) break;
    }
    if (rest && !header) yield rest;
  } finally {
    fs.closeSync(fd);
  }
}

export interface IndexRow {
  title: string;
  file: string;
  kind: string;
  /** The title in the mirror's --variant when it has one, else the title. */
  shownTitle: string;
}

/** One index.tsv line as fields, or null for a malformed one. */
export function parseIndexLine(line: string): IndexRow | null {
  const t1 = line.indexOf('\t');
  const t2 = t1 === -1 ? -1 : line.indexOf('\t', t1 + 1);
  if (t2 === -1) return null;
  const t3 = line.indexOf('\t', t2 + 1);
  const file = line.slice(t1 + 1, t2);
  const kind = t3 === -1 ? line.slice(t2 + 1) : line.slice(t2 + 1, t3);
  if (!file || !kind) return null;
  const title = readTsvField(line.slice(0, t1));
  const variant = t3 === -1 ? '' : line.slice(t3 + 1, line.indexOf('\t', t3 + 1) === -1 ? undefined : line.indexOf('\t', t3 + 1));
  return { title, file, kind, shownTitle: variant ? readTsvField(variant) : title };
}

/** Files the full-text index holds: Markdown files that are not redirect stubs. */
export const isSearchable = (row: IndexRow): boolean => row.kind !== 'redirect' && row.file.endsWith('.md');
