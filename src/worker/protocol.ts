/** Messages between the page (src/site/worker-client.ts) and the Python worker. */
export type ToWorker =
  | { type: 'run'; id: number; source: string; filename: string; files?: Record<string, string>; stdin?: string }
  | { type: 'repl-start'; id: number }
  | { type: 'repl-push'; id: number; line: string };

export type FromWorker =
  | { type: 'ready'; stub: boolean }
  | { type: 'out'; id: number; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'done'; id: number; exitCode: number; ms: number }
  | { type: 'repl-more'; id: number; more: boolean }
  | { type: 'crash'; id: number; message: string };
