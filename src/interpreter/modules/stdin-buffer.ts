/**
 * The program's standard input as text: what RunOptions.stdin holds, then whatever
 * RunOptions.readStdin hands over when that is used up (the CLI reads the process's stdin,
 * the site's worker the learner's input box). `input()` and `sys.stdin` read from here.
 */
import { rt } from '../vm/state';

/** Ask for more input; false at end of file. */
function fill(): boolean {
  if (rt.readStdin === null) return false;
  const more = rt.readStdin();
  if (more === null || more === '') return false;
  rt.stdin += more;
  return true;
}

/** The next line with its '\n' (the last line may lack one); '' at end of file. */
export function stdinReadLine(limit = -1): string {
  let searchFrom = 0;
  for (;;) {
    const s = rt.stdin;
    const i = s.indexOf('\n', searchFrom);
    if (i >= 0 || (limit >= 0 && s.length >= limit) || !fill()) {
      let end = i >= 0 ? i + 1 : s.length;
      if (limit >= 0 && end > limit) end = limit;
      rt.stdin = s.slice(end);
      return s.slice(0, end);
    }
    searchFrom = s.length;
  }
}

/** Up to `n` characters (all that is left when n < 0); '' at end of file. */
export function stdinRead(n = -1): string {
  while ((n < 0 || rt.stdin.length < n) && fill());
  const s = rt.stdin;
  const end = n < 0 ? s.length : Math.min(n, s.length);
  rt.stdin = s.slice(end);
  return s.slice(0, end);
}
