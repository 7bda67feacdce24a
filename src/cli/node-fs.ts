/** A FileSystem backed by the real file system (for the command-line runner and tests). */
import * as fs from 'node:fs';
import type { FileSystem } from '../interpreter/index';

export class NodeFileSystem implements FileSystem {
  readFile(path: string): Uint8Array | null {
    try {
      return fs.readFileSync(path);
    } catch {
      return null;
    }
  }
  writeFile(path: string, data: Uint8Array): void {
    fs.writeFileSync(path, data);
  }
  exists(path: string): boolean {
    return fs.existsSync(path);
  }
  isDir(path: string): boolean {
    try {
      return fs.statSync(path).isDirectory();
    } catch {
      return false;
    }
  }
  listDir(path: string): string[] | null {
    try {
      return fs.readdirSync(path).sort();
    } catch {
      return null;
    }
  }
  remove(path: string): boolean {
    try {
      fs.unlinkSync(path);
      return true;
    } catch {
      return false;
    }
  }
}
