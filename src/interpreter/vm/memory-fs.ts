/** An in-memory FileSystem (the default for programs run in the browser). */
import type { FileSystem } from '../index';

export class MemoryFileSystem implements FileSystem {
  private files = new Map<string, Uint8Array>();
  constructor(initial: Record<string, string | Uint8Array> = {}) {
    for (const [p, data] of Object.entries(initial)) {
      this.files.set(p, typeof data === 'string' ? new TextEncoder().encode(data) : data);
    }
  }
  readFile(path: string): Uint8Array | null {
    return this.files.get(path) ?? null;
  }
  writeFile(path: string, data: Uint8Array): void {
    this.files.set(path, data);
  }
  exists(path: string): boolean {
    return this.files.has(path) || this.isDir(path);
  }
  isDir(path: string): boolean {
    const prefix = path.endsWith('/') ? path : path + '/';
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return true;
    return path === '/';
  }
  listDir(path: string): string[] | null {
    if (!this.isDir(path)) return null;
    const prefix = path.endsWith('/') ? path : path + '/';
    const names = new Set<string>();
    for (const k of this.files.keys()) if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
    return [...names].sort();
  }
  remove(path: string): boolean {
    return this.files.delete(path);
  }
}
