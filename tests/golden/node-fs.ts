/**
 * NodeFileSystem — the interpreter's `FileSystem` over the real disk (`node:fs`), for golden runs.
 *
 * Paths are absolute POSIX paths, as the interface requires. Access is confined to one root folder
 * (the golden program's folder): reading outside it answers "no such file", writing outside it
 * throws — so a misbehaving program can only touch its own folder, exactly where CPython ran it.
 */
import { existsSync, readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, normalize, sep } from 'node:path';

import type { FileSystem } from '../../src/interpreter/index';

export class NodeFileSystem implements FileSystem {
  private readonly root: string;

  constructor(root: string) {
    if (!isAbsolute(root)) throw new Error(`NodeFileSystem root must be absolute: ${root}`);
    this.root = normalize(root).replace(/\/+$/, '');
  }

  /** True for the root itself and anything below it. */
  private inside(path: string): boolean {
    if (!isAbsolute(path)) return false;
    const p = normalize(path);
    return p === this.root || p.startsWith(this.root + sep);
  }

  private stat(path: string) {
    return this.inside(path) ? statSync(path, { throwIfNoEntry: false }) : undefined;
  }

  readFile(path: string): Uint8Array | null {
    if (!this.stat(path)?.isFile()) return null;
    return new Uint8Array(readFileSync(path));
  }

  writeFile(path: string, data: Uint8Array): void {
    if (!this.inside(path)) throw new Error(`NodeFileSystem: refusing to write outside ${this.root}: ${path}`);
    writeFileSync(path, data);
  }

  exists(path: string): boolean {
    return this.inside(path) && existsSync(path);
  }

  isDir(path: string): boolean {
    return this.stat(path)?.isDirectory() ?? false;
  }

  listDir(path: string): string[] | null {
    if (!this.stat(path)?.isDirectory()) return null;
    return readdirSync(path).sort();
  }

  /** Remove a file, or an empty folder; false if there is nothing (removable) there. */
  remove(path: string): boolean {
    const st = this.stat(path);
    if (st === undefined || normalize(path) === this.root) return false;
    try {
      if (st.isDirectory()) rmdirSync(path);
      else unlinkSync(path);
      return true;
    } catch {
      return false;
    }
  }
}
