/**
 * Worker thread that runs golden programs with the interpreter (see `runner.ts`).
 *
 * The interpreter's `runProgram` is synchronous, so a program that never ends would block the test
 * process; running it here lets the test terminate the thread at its deadline. Loaded with tsx
 * (`--import tsx`), so it imports the interpreter's TypeScript sources directly; which module
 * provides `runProgram` is given in `workerData` (see `runner.ts`).
 */
import * as v8 from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';

import type { RunOptions, RunResult } from '../../src/interpreter/index';
import { NodeFileSystem } from './node-fs';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './runner';

const setup = workerData as WorkerSetup;
// as the CLI: a runaway program gets a MemoryError before this worker's heap runs out
const { setHostHeapProbe } = (await import(setup.interpreter)) as { setHostHeapProbe?: (p: () => { used: number; limit: number }) => void };
setHostHeapProbe?.(() => {
  const s = v8.getHeapStatistics();
  return { used: s.used_heap_size, limit: s.heap_size_limit };
});
const { runProgram } = (await import(setup.interpreter)) as { runProgram: (opts: RunOptions) => RunResult };

const port = parentPort;
if (port === null) throw new Error('run-worker.ts must run in a worker thread');

port.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const result = runProgram({
      source: req.source,
      filename: req.filename,
      cwd: req.cwd,
      argv: [],
      fs: new NodeFileSystem(req.cwd),
      stdin: req.stdin,
      maxInstructions: req.maxInstructions,
    });
    reply = { id: req.id, ok: true, result: { stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode } };
  } catch (e) {
    reply = { id: req.id, ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies WorkerReply);
