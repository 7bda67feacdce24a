/**
 * The heap panel of `<Playground heap>`: a heap snapshot (src/interpreter/heap/snapshot.ts,
 * taken in the worker — or at build time — from the simulated heap) as accessible HTML: the
 * program's names, a table of live objects with their references as in-page links (each row is a
 * link target, so ↹/Enter walks the object graph), and pymalloc's arenas → pools → blocks by
 * size class. Pure: returns an HTML string (escaped), used by Playground.astro and in the page.
 */
import type { HeapSnapshot, SnapshotObject } from '../interpreter/heap/snapshot';
import { MAX_SNAPSHOTS } from '../worker/protocol';

export { MAX_SNAPSHOTS };

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (n: number): string => n.toLocaleString('ko-KR');
const hex = (n: number): string => '0x' + n.toString(16);

/** The id of an object's row: unique on the page (prefixed by the playground's id). */
export const rowId = (prefix: string, id: number): string => `${prefix}-o-${id.toString(16)}`;

const GEN_TEXT: Record<string, string> = { 0: '0세대', 1: '1세대', 2: '2세대', permanent: '영구(freeze)' };

const VALUE_TYPES = new Set(['int', 'bool', 'float', 'complex', 'NoneType', 'bytes', 'str', 'ellipsis', 'NotImplementedType']);

/** How an object is named in links: `int 1`, `str 'x'`, `list 0x7f…` . */
function objName(o: SnapshotObject): string {
  return VALUE_TYPES.has(o.type) ? `${esc(o.type)} <code>${esc(o.text)}</code>` : `${esc(o.type)} <code>${o.hex}</code>`;
}

function objLink(prefix: string, o: SnapshotObject | undefined, id: number, label?: string): string {
  const lab = label !== undefined ? `<span class="ref-label">${esc(label)}</span> → ` : '';
  if (!o) return `${lab}<code>${hex(id)}</code>`;
  return `${lab}<a href="#${rowId(prefix, id)}" data-ref="${id}">${objName(o)}</a>`;
}

function refcountText(o: SnapshotObject): string {
  if (o.immortal) return `참조 수 <strong>불멸</strong><span class="hint"> (3.12의 불멸 객체: 세지 않음)</span>`;
  return `참조 수 <strong data-field="refcount">${num(o.refcount)}</strong><span class="hint"> (getrefcount는 ${num(o.refcount + 1)})</span>`;
}

function whereText(o: SnapshotObject): string {
  if (o.where === 'pymalloc') return `pymalloc ${o.blockSize}B 블록${o.arena !== undefined ? `(아레나 ${o.arena})` : ''}`;
  if (o.where === 'malloc') return 'malloc (512B 초과)';
  return '정적 데이터 (힙 밖)';
}

function list(items: string[], more: number, max = Infinity): string {
  const shown = items.slice(0, max);
  const rest = more + Math.max(0, items.length - shown.length);
  return `<ul class="refs">${shown.map((h) => `<li>${h}</li>`).join('')}${rest ? `<li class="muted">외 ${num(rest)}개</li>` : ''}</ul>`;
}

function whenText(snap: HeapSnapshot): string {
  if (snap.label === 'end') return '프로그램이 끝난 시점(종료 처리 전)';
  if (snap.label === 'breakpoint') return `<code>breakpoint()</code>를 부른 시점${snap.line !== undefined ? ` (${snap.line}행)` : ''}`;
  return esc(snap.label);
}


/**
 * The panel for one run: a single snapshot as is; several (breakpoint() calls, then the end) as
 * one disclosure per moment, in order, the last one open.
 */
export function renderHeapPanels(snaps: HeapSnapshot[], prefix: string, dropped = 0): string {
  if (snaps.length === 1 && !dropped) return renderHeapPanel(snaps[0], prefix);
  const steps = snaps.map((s, i) => {
    const title = `${i + 1}. ${whenText(s)}`;
    return `<details class="heap-step" data-testid="heap-step"${i === snaps.length - 1 ? ' open' : ''}><summary>${title}</summary>${renderHeapPanel(s, `${prefix}-s${i + 1}`)}</details>`;
  }).join('');
  const note = dropped ? `<p class="muted">breakpoint() ${num(dropped)}번은 기록하지 않았습니다(한 번 실행에 ${MAX_SNAPSHOTS}번까지).</p>` : '';
  return `<div class="heap-steps">${steps}${note}</div>`;
}

export function renderHeapPanel(snap: HeapSnapshot, prefix: string): string {
  const byId = new Map(snap.objects.map((o) => [o.id, o]));
  // who refers to each shown object: names and shown objects
  const referrers = new Map<number, string[]>();
  const note = (id: number, html: string) => {
    let l = referrers.get(id);
    if (!l) referrers.set(id, (l = []));
    l.push(html);
  };
  for (const n of snap.names) note(n.id, `${n.scope !== undefined ? `${esc(n.scope)}의 ` : ''}이름 <code>${esc(n.name)}</code>`);
  for (const o of snap.objects) {
    for (const r of o.refs) note(r.id, `<a href="#${rowId(prefix, o.id)}" data-ref="${o.id}">${objName(o)}</a>${r.label !== undefined ? ` <span class="ref-label">${esc(r.label)}</span>` : ''}`);
  }
  const unreachable = new Set(snap.unreachable);
  const when = whenText(snap);

  const names = snap.names.length
    ? `<ul class="heap-names">${snap.names.map((n) => `<li><code>${esc(n.name)}</code>${n.scope !== undefined ? `<span class="hint"> (${esc(n.scope)}의 지역 변수)</span>` : ''} → ${objLink(prefix, byId.get(n.id), n.id)}</li>`).join('')}</ul>`
    : '<p class="muted">전역 이름이 없습니다.</p>';

  const items = snap.objects.map((o) => {
    const refs = o.refs.length || o.moreRefs
      ? list(o.refs.map((r) => objLink(prefix, byId.get(r.id), r.id, r.label)), o.moreRefs ?? 0)
      : `<span class="muted">${o.expanded ? '없음' : '따라가지 않음'}</span>`;
    const from = referrers.get(o.id);
    const fromHtml = from?.length ? list(from, 0, 12) : '<span class="muted">없음</span>';
    const gone = unreachable.has(o.id);
    return `<li id="${rowId(prefix, o.id)}" tabindex="-1" class="heap-obj" data-id="${o.id}" data-type="${esc(o.type)}" data-refcount="${o.immortal ? 'immortal' : o.refcount}" data-size="${o.size ?? ''}"${gone ? ' data-unreachable=""' : ''}>`
      + `<p class="obj-head"><strong>${esc(o.type)}</strong> <code>${o.hex}</code>${VALUE_TYPES.has(o.type) || o.text.startsWith('항목') ? ` <code class="val">${esc(o.text)}</code>` : ''}${gone ? ' <span class="tag">이름으로 닿지 않음</span>' : ''}</p>`
      + `<p class="obj-facts">${refcountText(o)} · 크기 <strong data-field="size">${o.size === null ? '—' : num(o.size)}</strong>바이트 · ${o.gen === null ? 'gc가 추적하지 않음' : `gc ${GEN_TEXT[String(o.gen)]}`} · ${whereText(o)}</p>`
      + `<div class="obj-refs"><div><span class="sub">가리키는 객체</span>${refs}</div><div><span class="sub">가리키는 쪽</span>${fromHtml}</div></div>`
      + `</li>`;
  }).join('');
  const caption = `이름에서 닿는 객체${snap.unreachable.length ? '와 이름으로 닿지 않는 객체(수집을 기다리는 순환 등)' : ''}${snap.omitted ? ` — 처음 ${num(snap.objects.length)}개만, ${num(snap.omitted)}개 생략` : ''}`;

  const pm = snap.pymalloc;
  const t = pm.totals;
  const classes = pm.sizeClasses.map((c) => {
    const all = c.usedBlocks + c.freeBlocks;
    const pct = all ? Math.round((c.usedBlocks / all) * 100) : 0;
    return `<tr><td class="n">${c.szidx}</td><td class="n">${c.blockSize}B</td><td class="n">${num(c.pools)}</td><td class="n">${num(c.usedBlocks)}</td><td class="n">${num(c.freeBlocks)}</td>`
      + `<td><span class="bar" aria-hidden="true"><span style="width:${pct}%"></span></span> ${pct}%</td></tr>`;
  }).join('');
  const arenas = pm.arenas.map((a) => `<tr><td class="n">${a.index}</td><td><code>${a.hex}</code></td><td class="n">${a.usedPools}</td><td class="n">${a.fullPools}</td><td class="n">${a.emptyPools}</td><td class="n">${a.freePools} / ${a.totalPools}</td><td class="n">${num(a.usedBlocks)}</td></tr>`).join('');
  const types = snap.live.byType.slice(0, 20).map((x) => `<li><code>${esc(x.type)}</code> ${num(x.count)}</li>`).join('');

  return `<section class="pg-heap" data-testid="heap" aria-label="힙 보기">`
    + `<p class="heap-when"><strong>힙</strong> — ${when}. 살아 있는 객체 ${num(snap.live.objects)}개 · <code>gc.get_count()</code> = (${snap.gc.counts.join(', ')})</p>`
    + `<p class="heap-sub">이름</p>${names}`
    + `<p class="heap-sub" id="${prefix}-objs">${caption}</p>`
    + `<ol class="heap-objects" data-testid="heap-objects" aria-labelledby="${prefix}-objs">${items}</ol>`
    + `<details class="heap-pymalloc" data-testid="heap-pymalloc"><summary>pymalloc: 아레나 ${num(t.arenas)}개 · 풀 ${num(t.pools)}개 · 사용 중인 블록 ${num(t.usedBlocks)}개(${num(t.bytesInUse)}바이트) · 빈 블록 ${num(t.freeBlocks)}개 · malloc ${num(snap.large.count)}건(${num(snap.large.bytes)}바이트)</summary>`
    + `<div class="heap-scroll" role="region" tabindex="0" aria-label="크기 등급 표"><table><caption>크기 등급별 블록 (사용 중이거나 가득 찬 풀)</caption><thead><tr><th scope="col">등급</th><th scope="col">블록 크기</th><th scope="col">풀</th><th scope="col">사용 블록</th><th scope="col">빈 블록</th><th scope="col">사용률</th></tr></thead><tbody>${classes}</tbody></table></div>`
    + `<div class="heap-scroll" role="region" tabindex="0" aria-label="아레나 표"><table><caption>아레나${pm.moreArenas ? ` (처음 ${pm.arenas.length}개, ${num(pm.moreArenas)}개 생략)` : ''}</caption><thead><tr><th scope="col">번호</th><th scope="col">주소</th><th scope="col">사용 중 풀</th><th scope="col">가득 찬 풀</th><th scope="col">비운 풀</th><th scope="col">남은 풀 / 전체</th><th scope="col">사용 블록</th></tr></thead><tbody>${arenas}</tbody></table></div>`
    + `</details>`
    + `<details class="heap-types"><summary>타입별 객체 수 (인터프리터가 만든 것 포함)</summary><ul class="heap-typelist">${types}</ul></details>`
    + `</section>`;
}
