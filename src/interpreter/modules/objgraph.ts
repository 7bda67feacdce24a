/**
 * A simulated `objgraph` (the third-party package, 3.x; not part of CPython, so — like psutil —
 * it is registered only on request, see `enableObjgraph`: a bare CPython raises
 * ModuleNotFoundError and the golden seed s000-08 records exactly that).
 *
 * Everything is computed from the simulated heap through the `gc` module, as objgraph does:
 * count, by_type, typestats, most_common_types, show_most_common_types, growth, show_growth,
 * get_leaking_objects, find_backref_chain, show_backrefs / show_refs. Printed formats are
 * objgraph's (`'%-*s %i'` for most common types, `'%-*s%9d %+9d'` for growth). show_backrefs and
 * show_refs write the graph in Graphviz dot syntax like objgraph (to `filename` when it ends in
 * `.dot`, otherwise to /tmp/objgraph-N.dot) and print "Graph written to … (N nodes)"; there is
 * no image renderer in the simulation, so a `.png` filename gets objgraph's "Image renderer
 * (dot) not found, not doing anything else". The site's heap view draws the graph from the
 * same back-reference walk.
 */
import { registerPyModule } from './pymodule';

const SOURCE = String.raw`
import gc
import sys

_dot_counter = [0]


def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    objtype = type(obj)
    name = objtype.__name__
    module = getattr(objtype, '__module__', None)
    if module:
        return '%s.%s' % (module, name)
    return name


def _ignored(objects):
    return objects


def typestats(objects=None, shortnames=True, filter=None):
    if objects is None:
        objects = gc.get_objects()
    typename = _short_typename if shortnames else _long_typename
    stats = {}
    for o in objects:
        if filter and not filter(o):
            continue
        n = typename(o)
        stats[n] = stats.get(n, 0) + 1
    return stats


def count(typename, objects=None):
    if objects is None:
        objects = gc.get_objects()
    if '.' in typename:
        return sum(1 for o in objects if _long_typename(o) == typename)
    return sum(1 for o in objects if _short_typename(o) == typename)


def by_type(typename, objects=None):
    if objects is None:
        objects = gc.get_objects()
    if '.' in typename:
        return [o for o in objects if _long_typename(o) == typename]
    return [o for o in objects if _short_typename(o) == typename]


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    stats = sorted(typestats(objects, shortnames=shortnames, filter=filter).items(),
                   key=lambda item: item[1], reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None, filter=None):
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max(len(name) for name, count in stats)
    for name, count in stats:
        file.write('%-*s %i\n' % (width, name, count))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    deltas = {}
    for name, count in stats.items():
        old_count = peak_stats.get(name, 0)
        if count > old_count:
            deltas[name] = count - old_count
            peak_stats[name] = count
    deltas = sorted(deltas.items(), key=lambda item: item[1], reverse=True)
    if limit:
        deltas = deltas[:limit]
    return [(name, stats[name], delta) for name, delta in deltas]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    if peak_stats is None:
        result = growth(limit, shortnames=shortnames, filter=filter)
    else:
        result = growth(limit, peak_stats, shortnames, filter)
    if result:
        if file is None:
            file = sys.stdout
        width = max(len(name) for name, _, _ in result)
        for name, count, delta in result:
            file.write('%-*s%9d %+9d\n' % (width, name, count, delta))


def get_leaking_objects(objects=None):
    if objects is None:
        gc.collect()
        objects = gc.get_objects()
    try:
        ids = set(id(i) for i in objects)
        for i in objects:
            ids.difference_update(id(j) for j in gc.get_referents(i))
        return [i for i in objects if id(i) in ids]
    finally:
        del objects, i


def _is_module(obj):
    return type(obj) is type(sys)


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    ignore.add(id(extra_ignore))
    ignore.add(id(queue))
    ignore.add(id(depth))
    ignore.add(id(parent))
    ignore.add(id(ignore))
    ignore.add(id(sys._getframe()))
    gc.collect()
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        tdepth = depth[id(target)]
        if tdepth < max_depth:
            referrers = gc.get_referrers(target)
            ignore.add(id(referrers))
            for source in referrers:
                if id(source) in ignore:
                    continue
                if id(source) not in depth:
                    depth[id(source)] = tdepth + 1
                    parent[id(source)] = target
                    queue.append(source)
    return [obj]


def _label(obj, shortnames):
    name = _short_typename(obj) if shortnames else _long_typename(obj)
    if _is_module(obj):
        return 'module\\n%s' % obj.__name__
    if isinstance(obj, (list, tuple, dict, set, frozenset)):
        return '%s\\n%d items' % (name, len(obj))
    if isinstance(obj, type):
        return 'class\\n%s' % obj.__name__
    if callable(obj) and hasattr(obj, '__name__'):
        return '%s\\n%s' % (name, obj.__name__)
    text = repr(obj)
    if len(text) > 40:
        text = text[:37] + '...'
    return '%s\\n%s' % (name, text.replace('"', '\\"'))


def _edge_label(source, target):
    if isinstance(source, dict):
        for k, v in source.items():
            if v is target:
                return str(k) if isinstance(k, str) else ''
    return ''


def _show_graph(objs, edge_func, swap_source_target, max_depth=3, extra_ignore=(), filter=None,
                too_many=10, highlight=None, filename=None, shortnames=True, output=None):
    if not isinstance(objs, (list, tuple)):
        objs = [objs]
    ignore = set(extra_ignore)
    ignore.add(id(sys._getframe()))
    ignore.add(id(objs))
    ignore.add(id(ignore))
    depth = {}
    queue = []
    ignore.add(id(queue))
    ignore.add(id(depth))
    lines = ['digraph ObjectGraph {', '  node[shape=box, style=filled, fillcolor=white];']
    ignore.add(id(lines))
    for obj in objs:
        lines.append('  o%d[fontcolor=red];' % id(obj))
        depth[id(obj)] = 0
        queue.append(obj)
    gc.collect()
    nodes = 0
    while queue:
        nodes += 1
        target = queue.pop(0)
        tdepth = depth[id(target)]
        lines.append('  o%d[label="%s"];' % (id(target), _label(target, shortnames)))
        if tdepth >= max_depth:
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        n = 0
        for source in neighbours:
            if id(source) in ignore or _is_module(target):
                continue
            if filter and not filter(source):
                continue
            if n >= too_many:
                break
            if swap_source_target:
                src, tgt = target, source
            else:
                src, tgt = source, target
            label = _edge_label(src, tgt)
            lines.append('  o%d -> o%d%s;' % (id(src), id(tgt), ' [label="%s"]' % label if label else ''))
            if id(source) not in depth:
                depth[id(source)] = tdepth + 1
                queue.append(source)
            n += 1
        del neighbours
    lines.append('}')
    text = '\n'.join(lines) + '\n'
    if output is not None:
        output.write(text)
        return
    if filename and filename.endswith('.dot'):
        dot_filename = filename
    else:
        _dot_counter[0] += 1
        dot_filename = '/tmp/objgraph-%d.dot' % _dot_counter[0]
    with open(dot_filename, 'w') as f:
        f.write(text)
    print('Graph written to %s (%d nodes)' % (dot_filename, nodes))
    if filename and not filename.endswith('.dot'):
        print('Image renderer (dot) not found, not doing anything else')


def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
                  filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
                  extra_node_attrs=None):
    _show_graph(objs, gc.get_referrers, False, max_depth, extra_ignore, filter, too_many,
                highlight, filename, shortnames, output)


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
              filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
              extra_node_attrs=None):
    _show_graph(objs, gc.get_referents, True, max_depth, extra_ignore, filter, too_many,
                highlight, filename, shortnames, output)
`;

/**
 * Register `objgraph`. Not done by default (see the header comment); the site calls this so
 * the seed articles' `import objgraph` works.
 */
export function enableObjgraph(): void {
  registerPyModule('objgraph', SOURCE);
}
