/**
 * Pure helpers of the playground, shared by the build (Playground.astro) and the browser, and
 * unit-tested in tests/unit/site/: where a traceback points, share-link encoding, stable keys.
 */

/**
 * The line of `filename` where an uncaught exception happened: the LAST `File "<filename>",
 * line N` of the traceback (the innermost frame in that file), or a SyntaxError's line.
 */
export function errorLineFromTraceback(stderr: string, filename: string): number | null {
  const re = /^\s*File "([^"]*)", line (\d+)/gm;
  let line: number | null = null;
  for (let m = re.exec(stderr); m; m = re.exec(stderr)) {
    if (m[1] === filename || m[1].endsWith('/' + filename.replace(/^\//, ''))) line = Number(m[2]);
  }
  return line;
}

/** A short stable hash (FNV-1a, 32 bits, base 36) — keys examples by their original code. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function pipeThrough(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const res = new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await res.arrayBuffer());
}

/**
 * Code → URL-safe text for a share link: `z` + base64url(deflate-raw(UTF-8)) when that is
 * shorter, else `u` + base64url(UTF-8).
 */
export async function encodeShared(code: string): Promise<string> {
  const raw = new TextEncoder().encode(code);
  const plain = 'u' + toBase64Url(raw);
  try {
    const packed = 'z' + toBase64Url(await pipeThrough(raw, new CompressionStream('deflate-raw')));
    return packed.length < plain.length ? packed : plain;
  } catch {
    return plain;
  }
}

/** Inverse of encodeShared; null when the text is not a valid share payload. */
export async function decodeShared(text: string): Promise<string | null> {
  try {
    const kind = text[0];
    const bytes = fromBase64Url(text.slice(1));
    if (kind === 'u') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (kind === 'z') {
      const raw = await pipeThrough(bytes, new DecompressionStream('deflate-raw'));
      return new TextDecoder('utf-8', { fatal: true }).decode(raw);
    }
  } catch {
    /* fall through */
  }
  return null;
}

/** The share fragment for example `id`: `#run-<id>=<payload>`; parse with parseShareHash. */
export function shareHash(id: string, payload: string): string {
  return `#run-${id}=${payload}`;
}

export function parseShareHash(hash: string): { id: string; payload: string } | null {
  const m = /^#run-([\w-]+)=([\w-]+)$/.exec(hash);
  return m ? { id: m[1], payload: m[2] } : null;
}

/** Recover source text from Shiki's HTML (the children form of <Playground>). */
export function textFromHighlightedHtml(html: string): string {
  const codeMatch = /<code[^>]*>([\s\S]*?)<\/code>/.exec(html);
  const inner = codeMatch ? codeMatch[1] : html;
  const text = inner
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
  return text.replace(/\n+$/, '');
}

/** Learner progress kept in localStorage under PROGRESS_KEY. */
export const PROGRESS_KEY = 'pml:progress';
export interface Progress {
  visited: Record<string, number>;
  done: Record<string, number>;
}

export function parseProgress(text: string | null): Progress {
  try {
    const p = JSON.parse(text ?? '') as Partial<Progress>;
    return { visited: { ...(p.visited ?? {}) }, done: { ...(p.done ?? {}) } };
  } catch {
    return { visited: {}, done: {} };
  }
}

/** Tidy code given as a template literal: drop the first/last blank lines and common indent. */
export function dedent(code: string): string {
  const lines = code.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}
