/**
 * Test converter whose worker meets a file system that refuses page file names, as one with a
 * shorter name limit than 255 bytes or one that takes no unnormalised names would: it wraps the
 * worker's fs.renameSync (the call that gives a page file its name; worker.ts writeAtomic) so that
 * it fails with ENAMETOOLONG, fields as Node gives them. Test code only.
 *
 * Controlled by a file beside the mirror's OUTDIR (the worker threads share no memory), so that
 * a later run with the same converter (the same options) finds the "fixed" file system:
 * `OUTDIR.refuse-names` holding `all` refuses every page file's name; holding `scratch`, the
 * opening of the worker's scratch file (whose name is no page's: the run's fault); holding
 * anything else, the names that contain "Refused".
 */
import fs from 'node:fs';
import path from 'node:path';
import { workerData } from 'node:worker_threads';

const outDir = (workerData as { outDir?: string } | null)?.outDir;

// Outside a conversion worker (`npm test` loads every file under dist/test/) nothing is wrapped.
if (outDir !== undefined) {
  const rename = fs.renameSync;
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike): void => {
    const control = `${outDir}.refuse-names`;
    const target = String(to);
    if (fs.existsSync(control) && target.startsWith(outDir + path.sep)) {
      const all = fs.readFileSync(control, 'utf8').trim() === 'all';
      if (all || path.basename(target).includes('Refused')) {
        throw Object.assign(new Error(`ENAMETOOLONG: name too long, rename '${String(from)}' -> '${target}'`), {
          errno: -36, code: 'ENAMETOOLONG', syscall: 'rename', path: String(from), dest: target,
        });
      }
    }
    rename(from, to);
  };
  const open = fs.openSync;
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]): number => {
    const control = `${outDir}.refuse-names`;
    if (path.basename(String(file)) === 'page.tmp' && fs.existsSync(control) && fs.readFileSync(control, 'utf8').trim() === 'scratch') {
      throw Object.assign(new Error(`ENAMETOOLONG: name too long, open '${String(file)}'`), {
        errno: -36, code: 'ENAMETOOLONG', syscall: 'open', path: String(file),
      });
    }
    return (open as (...args: unknown[]) => number)(file, ...rest);
  }) as typeof fs.openSync;
}

export { convertPage } from './fake-converter.js';
