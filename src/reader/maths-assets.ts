/**
 * KaTeX's stylesheet and fonts, served from the installed katex package under `/.assets/katex/`
 * (a hidden segment, so no mirror file can have that address: safe-path.ts refuses them), so
 * pages with maths need nothing from the network.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const MATHS_ASSETS_PREFIX = '/.assets/katex/';
export const MATHS_STYLESHEET = `${MATHS_ASSETS_PREFIX}katex.min.css`;

const FONT_TYPES: Readonly<Record<string, string>> = { woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf' };
/** The only names served: the stylesheet and KaTeX's own font files (no path can be built from the URL). */
const FONT_NAME = /^fonts\/KaTeX_[A-Za-z0-9-]+\.(woff2|woff|ttf)$/;

let distDir: string | null = null;

/** katex/dist, found through Node's resolution (the package's main file is dist/katex.js). */
function katexDist(): string {
  distDir ??= path.dirname(createRequire(import.meta.url).resolve('katex'));
  return distDir;
}

export interface Asset {
  type: string;
  body: Buffer;
}

const assets = new Map<string, Asset | null>();

/** The asset at a URL path under MATHS_ASSETS_PREFIX, or null when there is none. */
export function mathsAsset(urlPath: string): Asset | null {
  const name = urlPath.slice(MATHS_ASSETS_PREFIX.length);
  if (assets.has(name)) return assets.get(name)!;
  let asset: Asset | null = null;
  const font = FONT_NAME.exec(name);
  if (name === 'katex.min.css' || font) {
    try {
      asset = { type: font ? FONT_TYPES[font[1]!]! : 'text/css; charset=utf-8', body: fs.readFileSync(path.join(katexDist(), name)) };
    } catch {
      asset = null;
    }
  }
  // Only real names are remembered, so the map holds at most KaTeX's few dozen files.
  if (asset) assets.set(name, asset);
  return asset;
}
