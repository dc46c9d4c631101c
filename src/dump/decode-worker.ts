/**
 * Worker for parallel.ts when there is no `bzip2` binary: decodes one byte range of a multistream
 * dump with WebAssembly libbz2 per message and sends the XML back as one transferred buffer.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { xmlBytes, type DumpInput } from './input.js';
import { DumpError } from './types.js';

const { input } = workerData as { input: DumpInput };

parentPort!.on('message', (range: { start: number; end: number }) => {
  void (async () => {
    try {
      const parts: Uint8Array[] = [];
      let total = 0;
      for await (const chunk of xmlBytes(input, { inBytes: 0 }, { ...range, decoder: 'js' })) {
        parts.push(chunk);
        total += chunk.length;
      }
      const data = new Uint8Array(total);
      let at = 0;
      for (const p of parts) {
        data.set(p, at);
        at += p.length;
      }
      parentPort!.postMessage({ data }, [data.buffer]);
    } catch (err) {
      const kind = err instanceof DumpError ? err.kind : 'invalid';
      parentPort!.postMessage({ error: { kind, message: (err as Error).message } });
    }
  })();
});
