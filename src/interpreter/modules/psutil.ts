/**
 * A simulated `psutil` (the third-party package; not part of CPython — the seed examples that
 * import it fail with ModuleNotFoundError under a bare CPython, see `enablePsutil`).
 *
 * `Process().memory_info().rss` is derived from the simulated heap:
 *
 *     rss = BASELINE_RSS + (bytes mapped by the simulated kernel now
 *                            − bytes mapped when the program started)
 *
 * "Bytes mapped" (heap/kernel.ts `mappedBytes`) counts pymalloc's 1 MiB arenas, glibc's brk
 * heap extent and every large mmap'd chunk — memory a real process gets from the kernel for its
 * Python objects. BASELINE_RSS is what a real CPython 3.12.1 process has resident right after
 * start-up, before the program allocates anything: measured on the reference machine (64-bit
 * Linux, pyenv 3.12.1) with `/proc/self/status` from a one-line script, VmRSS 9688–9708 kB over
 * three runs → 9700 kB. VmSize was 13728 kB every time → BASELINE_VMS. The simulation treats
 * every mapped page as resident (CPython touches arena pools as it uses them, so a real RSS grows
 * a little more lazily) and never returns memory except when an arena or mmap'd chunk is
 * unmapped — as glibc and pymalloc do.
 *
 * API: Process(pid=None) (pid must be the simulated os.getpid(), SIMULATED_PID), .pid,
 * .memory_info() → pmem(rss, vms, shared, text, lib, data, dirty), .memory_percent(),
 * .name(); virtual_memory() → svmem(total, available, percent, used, free); cpu_count().
 */
import { newInt } from '../objects/int';
import { newFloat } from '../objects/float';
import { allocator } from '../objects/memory';
import { defineFunction } from '../objects/descriptors';
import { Heap } from '../heap/allocator';
import { registerPyModule } from './pymodule';
import type { PyModule } from '../objects/module';

/** VmRSS of a fresh CPython 3.12.1 process on the reference machine (see above). */
export const BASELINE_RSS = 9700 * 1024;
/** VmSize of the same process. */
export const BASELINE_VMS = 13728 * 1024;
/** The simulated process id (what a simulated os.getpid() should return). */
export const SIMULATED_PID = 4242;
/** The simulated machine's RAM: the heap's default ceiling, 16 GiB. */
export const TOTAL_MEMORY = 16 * 1024 ** 3;

const startupMapped = new WeakMap<Heap, number>();

/** Record the heap's mapped bytes at program start (called by the runtime). */
export function markProgramStart(heap: Heap): void {
  startupMapped.set(heap, heap.kernel.mappedBytes);
}

function currentHeap(): Heap | null {
  return allocator instanceof Heap ? allocator : null;
}

/** Simulated resident set size in bytes. */
export function simulatedRss(): number {
  const h = currentHeap();
  if (h === null) return BASELINE_RSS;
  return BASELINE_RSS + h.kernel.mappedBytes - (startupMapped.get(h) ?? 0);
}

/** Simulated virtual size in bytes. */
export function simulatedVms(): number {
  return BASELINE_VMS - BASELINE_RSS + simulatedRss();
}

const SOURCE = `
class pmem(tuple):
    _fields = ('rss', 'vms', 'shared', 'text', 'lib', 'data', 'dirty')
    def __new__(cls, rss, vms, shared, text, lib, data, dirty):
        return tuple.__new__(cls, (rss, vms, shared, text, lib, data, dirty))
    rss = property(lambda self: self[0])
    vms = property(lambda self: self[1])
    shared = property(lambda self: self[2])
    text = property(lambda self: self[3])
    lib = property(lambda self: self[4])
    data = property(lambda self: self[5])
    dirty = property(lambda self: self[6])
    def __repr__(self):
        return 'pmem(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'

class svmem(tuple):
    _fields = ('total', 'available', 'percent', 'used', 'free')
    def __new__(cls, total, available, percent, used, free):
        return tuple.__new__(cls, (total, available, percent, used, free))
    total = property(lambda self: self[0])
    available = property(lambda self: self[1])
    percent = property(lambda self: self[2])
    used = property(lambda self: self[3])
    free = property(lambda self: self[4])
    def __repr__(self):
        return 'svmem(' + ', '.join('%s=%r' % (n, v) for n, v in zip(self._fields, self)) + ')'

class NoSuchProcess(Exception):
    pass

class Process:
    def __init__(self, pid=None):
        if pid is None:
            pid = _pid()
        if pid != _pid():
            raise NoSuchProcess('process PID not found (pid=%s)' % (pid,))
        self.pid = pid

    def memory_info(self):
        rss = _rss()
        return pmem(rss, _vms(), 6451200, 2957312, 0, rss - 8245248 if rss > 8245248 else 0, 0)

    def memory_percent(self, memtype='rss'):
        return _rss() / _total() * 100

    def name(self):
        return 'python3'

    def __repr__(self):
        return "psutil.Process(pid=%s, name='python3', status='running')" % self.pid

def virtual_memory():
    total = _total()
    used = _rss()
    free = total - used
    return svmem(total, free, round(used / total * 100, 1), used, free)

def cpu_count(logical=True):
    return 2
`;

function fill(m: PyModule): void {
  const d = m.md;
  defineFunction(d, '_rss', () => newInt(simulatedRss()));
  defineFunction(d, '_vms', () => newInt(simulatedVms()));
  defineFunction(d, '_pid', () => newInt(SIMULATED_PID));
  defineFunction(d, '_total', () => newInt(TOTAL_MEMORY));
  void newFloat;
}

/**
 * Register `psutil`. Not done by default: real CPython 3.12 without the package raises
 * ModuleNotFoundError, and the golden seeds s002-02/s002-05 record exactly that. The site (or
 * a test) calls this to make the simulated package importable.
 */
export function enablePsutil(): void {
  registerPyModule('psutil', SOURCE, fill);
}
