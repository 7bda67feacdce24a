/**
 * The `gc` module (Modules/gcmodule.c, Python 3.12): the interface to the collector in
 * gc/collector.ts. Registered with the import system as a built-in module.
 */
import { PyObject, decref } from '../objects/object';
import { newModule, PyModule } from '../objects/module';
import { defineFunction, parseArgs, exactArgs, noKwargs } from '../objects/descriptors';
import { dictSetStr, newDict } from '../objects/dict';
import { None } from '../objects/singletons';
import { newInt, PyInt, True, False } from '../objects/int';
import { newTuple } from '../objects/tuple';
import { newList } from '../objects/list';
import { typeError, valueError } from '../objects/errors';
import { GC_FINALIZED, isGC } from '../objects/gcobject';
import { registerModule } from '../vm/import';
import {
  gcState, collect, getObjects, freeze, unfreeze, freezeCount, getReferrers, getReferents, isTracked,
  DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL, DEBUG_LEAK, NUM_GENERATIONS,
} from '../gc/collector';

function intArg(o: PyObject, fname: string): number {
  if (!(o instanceof PyInt)) throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  void fname;
  return Number(o.value);
}

function own(items: PyObject[]): PyObject[] {
  for (const x of items) x.rc++;
  return items;
}

export function makeGCModule(): PyModule {
  const m = newModule('gc');
  const d = m.md;
  const fn = (name: string, f: (args: PyObject[], kw: string[] | null) => PyObject) =>
    void defineFunction(d, name, (_s, args, kw) => f(args, kw));

  fn('enable', (a, kw) => {
    exactArgs('enable', a, kw, 0);
    gcState.enabled = true;
    return None;
  });
  fn('disable', (a, kw) => {
    exactArgs('disable', a, kw, 0);
    gcState.enabled = false;
    return None;
  });
  fn('isenabled', (a, kw) => {
    exactArgs('isenabled', a, kw, 0);
    return gcState.enabled ? True : False;
  });
  fn('collect', (a, kw) => {
    const [g] = parseArgs('collect', a, kw, ['generation'], 0);
    const gen = g === null ? NUM_GENERATIONS - 1 : intArg(g, 'collect');
    if (gen < 0 || gen >= NUM_GENERATIONS) throw valueError('invalid generation');
    return newInt(collect(gen));
  });
  fn('get_debug', (a, kw) => {
    exactArgs('get_debug', a, kw, 0);
    return newInt(gcState.debug);
  });
  fn('set_debug', (a, kw) => {
    exactArgs('set_debug', a, kw, 1);
    gcState.debug = intArg(a[0], 'set_debug');
    return None;
  });
  fn('get_threshold', (a, kw) => {
    exactArgs('get_threshold', a, kw, 0);
    return newTuple(gcState.generations.map((g) => newInt(g.threshold)));
  });
  fn('set_threshold', (a, kw) => {
    noKwargs('set_threshold', kw);
    if (a.length < 1) throw typeError('set_threshold() takes at least 1 argument (0 given)');
    if (a.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${a.length} given)`);
    for (let i = 0; i < a.length; i++) gcState.generations[i].threshold = intArg(a[i], 'set_threshold');
    return None;
  });
  fn('get_count', (a, kw) => {
    exactArgs('get_count', a, kw, 0);
    return newTuple(gcState.generations.map((g) => newInt(g.count)));
  });
  fn('get_stats', (a, kw) => {
    exactArgs('get_stats', a, kw, 0);
    return newList(
      gcState.stats.map((s) => {
        const sd = newDict();
        for (const [k, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
          const o = newInt(v);
          dictSetStr(sd, k, o);
          decref(o);
        }
        return sd;
      }),
    );
  });
  fn('get_objects', (a, kw) => {
    const [g] = parseArgs('get_objects', a, kw, ['generation'], 0);
    let gen: number | null = null;
    if (g !== null && g !== None) {
      gen = intArg(g, 'get_objects');
      if (gen >= NUM_GENERATIONS) {
        throw valueError(`generation parameter must be less than the number of available generations (${NUM_GENERATIONS})`);
      }
      if (gen < -1) throw valueError('generation parameter cannot be negative');
      if (gen === -1) gen = null; // -1: every generation
    }
    // building the result list must not be seen in it (CPython appends to a fresh list)
    return newList(own(getObjects(gen)));
  });
  fn('get_referrers', (a, kw) => {
    noKwargs('get_referrers', kw);
    return newList(own(getReferrers(a)));
  });
  fn('get_referents', (a, kw) => {
    noKwargs('get_referents', kw);
    return newList(own(getReferents(a)));
  });
  fn('is_tracked', (a, kw) => {
    exactArgs('is_tracked', a, kw, 1);
    return isTracked(a[0]) ? True : False;
  });
  fn('is_finalized', (a, kw) => {
    exactArgs('is_finalized', a, kw, 1);
    const o = a[0];
    return isGC(o) && (o.gcFlags & GC_FINALIZED) !== 0 ? True : False;
  });
  fn('freeze', (a, kw) => {
    exactArgs('freeze', a, kw, 0);
    freeze();
    return None;
  });
  fn('unfreeze', (a, kw) => {
    exactArgs('unfreeze', a, kw, 0);
    unfreeze();
    return None;
  });
  fn('get_freeze_count', (a, kw) => {
    exactArgs('get_freeze_count', a, kw, 0);
    return newInt(freezeCount());
  });

  if (gcState.garbage !== null) dictSetStr(d, 'garbage', gcState.garbage);
  if (gcState.callbacks !== null) dictSetStr(d, 'callbacks', gcState.callbacks);
  for (const [k, v] of [
    ['DEBUG_STATS', DEBUG_STATS],
    ['DEBUG_COLLECTABLE', DEBUG_COLLECTABLE],
    ['DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE],
    ['DEBUG_SAVEALL', DEBUG_SAVEALL],
    ['DEBUG_LEAK', DEBUG_LEAK],
  ] as const) {
    const o = newInt(v);
    dictSetStr(d, k, o);
    decref(o);
  }
  return m;
}

registerModule('gc', makeGCModule);
