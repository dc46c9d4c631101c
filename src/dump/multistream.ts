/**
 * The index Wikimedia publishes beside a multistream dump (`offset:pageid:title` per line,
 * bzip2-compressed, in dump order). Read alongside the dump in one pass, it tells which bz2
 * stream holds each page, so later work can be split by stream and decoded in parallel.
 */
import { describeInput, xmlBytes } from './input.js';

export class MultistreamIndex {
  private lines: AsyncGenerator<string>;
  private current: { offset: number; id: number } | null = null;
  private done = false;

  constructor(path: string) {
    this.lines = readLines(path);
  }

  /** Stream offset of page `id`; pages must be asked for in dump order. */
  async streamOf(id: number): Promise<number | null> {
    for (;;) {
      if (this.current && this.current.id === id) return this.current.offset;
      if (this.done) return null;
      const next = await this.lines.next();
      if (next.done) {
        this.done = true;
        return null;
      }
      const line = next.value;
      const a = line.indexOf(':');
      const b = line.indexOf(':', a + 1);
      if (a < 0 || b < 0) continue;
      const entry = { offset: Number(line.slice(0, a)), id: Number(line.slice(a + 1, b)) };
      // An index that skips ahead of the dump: keep the line for later pages.
      this.current = entry;
      if (entry.id === id) return entry.offset;
      if (entry.id > id && entry.offset > 0) {
        // Pages not in the index (should not happen): report unknown without losing the line.
        return null;
      }
    }
  }

  async close(): Promise<void> {
    await this.lines.return(undefined);
  }
}

/** Lines of a (bzip2-compressed) index file. */
export async function* readLines(path: string): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of xmlBytes(describeInput(path), { inBytes: 0 })) {
    const text = rest + decoder.decode(chunk, { stream: true });
    const parts = text.split('\n');
    rest = parts.pop()!;
    yield* parts;
  }
  if (rest) yield rest;
}
