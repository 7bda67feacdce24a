/**
 * The golden corpus on disk: which programs exist, what CPython printed for each, which are known gaps.
 *
 * Layout (see README.md): a program is `tests/golden/<suite>/<name>.py` — a `.py` file directly in
 * a suite folder; `.py` files deeper down are helper modules that programs import. CPython's output
 * is `<name>.py.expected`, written by `scripts/generate-goldens.mjs` in this format:
 *
 *   # golden: CPython 3.12.1 output of <suite>/<name>.py — … never edit
 *   exit: <code>
 *   --- stdout: <N> bytes ---
 *   <exactly N bytes>\n
 *   --- stderr: <M> bytes ---
 *   <exactly M bytes>\n
 *
 * The byte counts make the blocks exact (trailing newlines, a missing final newline, lines that
 * look like headers); the `\n` after each block only keeps the file readable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));
export const KNOWN_GAPS_FILE = join(GOLDEN_DIR, 'known-gaps.json');

export interface GoldenProgram {
  /** `suite/name`, e.g. `lang/strings` — the key used in known-gaps.json and in test names. */
  id: string;
  /** Absolute path of the `.py` file. */
  path: string;
  /** Absolute path of its folder (the program's working directory). */
  dir: string;
  /** Absolute path of `<name>.py.expected`. */
  expectedPath: string;
}

export interface ExpectedOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Every program, sorted by id. */
export function discoverPrograms(root: string = GOLDEN_DIR): GoldenProgram[] {
  const programs: GoldenProgram[] = [];
  for (const suite of readdirSync(root).sort()) {
    const dir = join(root, suite);
    if (suite.startsWith('.') || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      const path = join(dir, file);
      if (!file.endsWith('.py') || !statSync(path).isFile()) continue;
      programs.push({ id: `${suite}/${file.slice(0, -3)}`, path, dir, expectedPath: `${path}.expected` });
    }
  }
  return programs;
}

/** Every `.expected` file directly in a suite folder (to find ones whose program is gone). */
export function discoverExpectedFiles(root: string = GOLDEN_DIR): string[] {
  const files: string[] = [];
  for (const suite of readdirSync(root).sort()) {
    const dir = join(root, suite);
    if (suite.startsWith('.') || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) if (file.endsWith('.py.expected')) files.push(join(dir, file));
  }
  return files;
}

/** Parse an `.expected` file (format above). Throws on anything malformed. */
export function parseExpected(data: Uint8Array): ExpectedOutput {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let pos = 0;
  const line = (): string => {
    const end = buf.indexOf(0x0a, pos);
    if (end < 0) throw new Error('golden file: unexpected end of file');
    const text = buf.subarray(pos, end).toString('utf8');
    pos = end + 1;
    return text;
  };
  const block = (name: string): string => {
    const header = line();
    const m = /^--- (\w+): (\d+) bytes ---$/.exec(header);
    if (m === null || m[1] !== name) throw new Error(`golden file: expected "--- ${name}: N bytes ---", got "${header}"`);
    const size = Number(m[2]);
    if (pos + size + 1 > buf.length || buf[pos + size] !== 0x0a) throw new Error(`golden file: ${name} block is truncated`);
    const text = buf.subarray(pos, pos + size).toString('utf8');
    pos += size + 1;
    return text;
  };
  if (!line().startsWith('# golden:')) throw new Error('golden file: missing "# golden:" header');
  const exit = /^exit: (-?\d+)$/.exec(line());
  if (exit === null) throw new Error('golden file: missing "exit: N" line');
  const stdout = block('stdout');
  const stderr = block('stderr');
  if (pos !== buf.length) throw new Error('golden file: trailing data after the stderr block');
  return { exitCode: Number(exit[1]), stdout, stderr };
}

export function readExpected(program: GoldenProgram): ExpectedOutput | null {
  return existsSync(program.expectedPath) ? parseExpected(readFileSync(program.expectedPath)) : null;
}

/** known-gaps.json: `{ "<suite>/<name>": "reason" }`. */
export function readKnownGaps(file: string = KNOWN_GAPS_FILE): Record<string, string> {
  if (!existsSync(file)) return {};
  const gaps: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof gaps !== 'object' || gaps === null || Array.isArray(gaps)) throw new Error(`${file}: expected an object`);
  for (const [k, v] of Object.entries(gaps)) {
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`${file}: "${k}" needs a reason (a non-empty string)`);
  }
  return gaps as Record<string, string>;
}
