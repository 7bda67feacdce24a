// The input() channel between the page and the worker (src/worker/protocol.ts).
import { describe, it, expect } from 'vitest';
import { INPUT_BYTES, writeAnswer, waitAnswer } from '../../../src/worker/protocol';

describe('input channel', () => {
  it('carries a line (UTF-8), then end of file, and is ready again after each answer', () => {
    const buf = new SharedArrayBuffer(INPUT_BYTES);
    writeAnswer(buf, '철수 🐍');
    expect(waitAnswer(buf)).toBe('철수 🐍');
    expect(new Int32Array(buf, 0, 1)[0]).toBe(0);
    writeAnswer(buf, '');
    expect(waitAnswer(buf)).toBe('');
    writeAnswer(buf, null);
    expect(waitAnswer(buf)).toBeNull();
  });
  it('cuts an answer longer than the buffer', () => {
    const buf = new SharedArrayBuffer(64);
    writeAnswer(buf, 'x'.repeat(100));
    expect(waitAnswer(buf)).toBe('x'.repeat(56));
  });
});
