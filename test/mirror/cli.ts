/** Run `wikimark convert` as a child process (the way users run it). */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../helpers.js';

const CONVERT = path.join(REPO, 'dist', 'src', 'cli', 'convert.js');
const REAL_ENGINE = path.join(REPO, 'dist', 'src', 'engine', 'convert.js');
const FAKE = path.join(REPO, 'dist', 'test', 'mirror', 'fake-converter.js');

/** The real engine once it is built, else the stand-in (until convertPage lands in main). */
export function converterEnv(): Record<string, string> {
  return fs.existsSync(REAL_ENGINE) ? {} : { WIKIMARK_CONVERTER: `${FAKE}#convertPage` };
}

export function usingRealEngine(): boolean {
  return fs.existsSync(REAL_ENGINE);
}

export function spawnConvert(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): ChildProcess {
  const script = `import(${JSON.stringify(CONVERT)}).then((m) => m.runConvert(process.argv.slice(1))).then((code) => process.exit(code));`;
  return spawn(process.execPath, ['--input-type=module', '-e', script, ...args], {
    env: { ...process.env, ...converterEnv(), ...opts.env },
    stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  });
}

export function runConvertCli(args: string[], opts: { input?: string; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnConvert(args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    if (opts.input) fs.createReadStream(opts.input).pipe(child.stdin!);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
