// Build-time pieces of the site that are not pages: the Pagefind search index, and the list of files the service worker keeps for offline use.
import { existsSync, readdirSync, statSync, writeFileSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
/** Builds the Pagefind index over dist/ (every element marked data-pagefind-body). */
export function pagefindIndex() {
  return {
    name: 'pml-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ko' });
        if (!index) throw new Error('pagefind: ' + errors.join('; '));
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error('pagefind: ' + added.errors.join('; '));
        await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        await pagefind.close();
        logger.info(`pagefind: indexed ${added.page_count} pages`);
      },
    },
  };
}

/**
 * Starts the Python worker from the first script of every page with a playground, while the page
 * is still being parsed: fetching, compiling and booting the interpreter (~1.1 MB) then overlaps
 * the page's own loading instead of waiting for its module scripts (which run after parsing, the
 * stylesheets and a first layout). The built worker's hashed file name is only known here, after
 * the build, so a small inline script is added to each such page's <head>; it names the worker
 * after the page's first example (worker-client.ts adopts it, with the messages it buffered).
 * `astro dev` pages do not get it: there the page starts the worker itself, as it also does
 * after Stop.
 */
export function earlyWorkerStart() {
  return {
    name: 'pml-early-worker',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const workers = readdirSync(path.join(outDir, '_astro')).filter((f) => /^python-worker-[\w-]+\.js$/.test(f));
        if (workers.length !== 1) throw new Error(`early worker start: expected one python-worker chunk, found ${workers.length}`);
        const url = `/_astro/${workers[0]}`;
        let pages = 0;
        for (const f of walk(outDir).filter((f) => f.endsWith('.html'))) {
          const file = path.join(outDir, f);
          const html = readFileSync(file, 'utf8');
          const first = /<pml-playground\b[^>]*>/.exec(html);
          if (!first) continue;
          const filename = /\sdata-filename="([^"]*)"/.exec(first[0])?.[1] ?? 'main.py';
          const heap = /\sdata-heap(?:[\s=>])/.test(first[0]);
          const hint = [filename.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), heap];
          const js = `(function(){try{var h=${JSON.stringify(hint)},q=[],w=new Worker(${JSON.stringify(url)},{type:'module',name:'python:'+JSON.stringify(h)});` +
            `w.onmessage=function(e){q.push(e)};w.onerror=function(e){e.preventDefault();q.failed=true};` +
            `window.__pmlWorker={worker:w,queue:q,hint:h,start:performance.now()}}catch(e){}})();`;
          const tag = `<script>${js.replace(/</g, '\\u003c')}</script>`;
          const at = html.indexOf('</title>');
          if (at < 0) throw new Error(`early worker start: no <title> in ${f}`);
          writeFileSync(file, html.slice(0, at + 8) + tag + html.slice(at + 8));
          pages++;
        }
        logger.info(`early worker start: ${pages} pages start ${url} while parsing`);
      },
    },
  };
}

function walk(dir, base = dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, base, out);
    else out.push(path.relative(base, p).split(path.sep).join('/'));
  }
  return out;
}

/**
 * Writes dist/offline-manifest.json: every file of the built site (pages, scripts, styles, the
 * search index, the interpreter and editor chunks) and a version that changes with any of them.
 * public/sw.js caches them after the first visit, so the course then works offline.
 */
export function offlineManifest() {
  return {
    name: 'pml-offline-manifest',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const outDir = fileURLToPath(dir);
        const files = walk(outDir).filter((f) => f !== 'offline-manifest.json' && f !== 'sw.js').sort();
        const hash = createHash('sha256');
        for (const f of files) {
          hash.update(f);
          hash.update(String(statSync(path.join(outDir, f)).size));
        }
        const urls = files.map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'));
        writeFileSync(
          path.join(outDir, 'offline-manifest.json'),
          JSON.stringify({ version: hash.digest('hex').slice(0, 16), urls }),
        );
      },
    },
  };
}

/**
 * A last-resort Hangul font, self-hosted: Pretendard (SIL OFL 1.1) in 92 unicode-range subsets,
 * copied from the `pretendard` package into dist/fonts/pretendard/. It is declared under its own
 * family name ('PML Pretendard'), for Hangul only (hangulOnlyFaces), and listed after the
 * installed Hangul fonts (just before the generic families, see global.css), so a browser
 * downloads a subset only on a machine without one of them (Apple SD Gothic Neo, Malgun Gothic,
 * Noto Sans KR/CJK KR, NanumGothic).
 */
/** Unicode blocks of Hangul: jamo, compatibility jamo, jamo extended-A, syllables, jamo extended-B. */
const HANGUL = [[0x1100, 0x11ff], [0x3130, 0x318f], [0xa960, 0xa97f], [0xac00, 0xd7ff]];

/**
 * The subsets limited to their Hangul characters (faces without any are left out): Latin and
 * symbols come from the installed fonts, so the family can stand before `monospace` in the code
 * font stack (Latin stays monospaced) and before `sans-serif` in the text stack (global.css).
 */
function hangulOnlyFaces(faces) {
  let out = '';
  for (const [face] of faces.matchAll(/@font-face\s*\{[^}]*\}/g)) {
    const range = /unicode-range:\s*([^;}]*)/.exec(face);
    if (!range) continue;
    const parts = [];
    for (const item of range[1].split(',')) {
      const m = /U\+([0-9a-f]+)(?:-([0-9a-f]+))?/i.exec(item.trim());
      if (!m) continue;
      const lo = parseInt(m[1], 16);
      const hi = m[2] ? parseInt(m[2], 16) : lo;
      for (const [a, b] of HANGUL) {
        const x = Math.max(lo, a);
        const y = Math.min(hi, b);
        if (x <= y) parts.push(x === y ? `U+${x.toString(16)}` : `U+${x.toString(16)}-${y.toString(16)}`);
      }
    }
    if (parts.length === 0) continue;
    out += face.replace(/unicode-range:\s*[^;}]*/, `unicode-range: ${parts.join(', ')}`);
  }
  return out;
}

export function selfHostedFont() {
  return {
    name: 'pml-font',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const require = createRequire(import.meta.url);
        const css = require.resolve('pretendard/dist/web/variable/pretendardvariable-dynamic-subset.css');
        const srcDir = path.join(path.dirname(css), 'woff2-dynamic-subset');
        const outDir = path.join(fileURLToPath(dir), 'fonts/pretendard');
        mkdirSync(path.join(outDir, 'woff2'), { recursive: true });
        for (const f of readdirSync(srcDir)) copyFileSync(path.join(srcDir, f), path.join(outDir, 'woff2', f));
        const raw = readFileSync(css, 'utf8')
          .replace(/font-family: 'Pretendard Variable'/g, "font-family: 'PML Pretendard'")
          .replace(/url\(\.\/woff2-dynamic-subset\//g, 'url(./woff2/');
        const cut = raw.indexOf('*/') + 2; // keep the licence header, compact the rest
        const faces = raw.slice(cut).replace(/\/\*[^*]*\*\//g, '').replace(/\s*\n\s*/g, '');
        const text = raw.slice(0, cut) + '\n' + hangulOnlyFaces(faces);
        writeFileSync(path.join(outDir, 'font.css'), text);
      },
    },
  };
}

/**
 * Monaco's modules import their CSS; left alone, Astro links that stylesheet (115 KB) on every
 * page with a playground, before anyone edits. This turns each such import into a string pushed
 * onto globalThis.__pmlMonacoCss, which monaco-loader.ts injects when the editor is first loaded.
 */
export function monacoCssOnDemand() {
  const PREFIX = '\0pml-monaco-css:';
  return {
    name: 'pml-monaco-css',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.css') || !importer.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // the id must not end in .css, or Vite would treat the module as a stylesheet
      return resolved ? PREFIX + resolved.id + '.mjs' : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.mjs'.length).split('?')[0];
      const text = readFileSync(file, 'utf8');
      // relative url()s (only codicon.ttf today) become asset imports
      const imports = [];
      const js = JSON.stringify(text).replace(/url\((['"]?)(\.[^)'"]+)\1\)/g, (m, q, rel) => {
        const name = `asset${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(path.join(path.dirname(file), rel) + '?url')};`);
        return `url(" + JSON.stringify(${name}) + ")`;
      });
      return `${imports.join('\n')}\n(globalThis.__pmlMonacoCss ??= []).push(${js});\n`;
    },
  };
}
