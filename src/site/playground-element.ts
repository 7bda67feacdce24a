/**
 * <pml-playground>: brings a build-time example to life. Light on purpose — Monaco
 * (monaco-loader.ts) is imported only when the learner starts editing, and the interpreter lives
 * in a Web Worker that the page's <head> starts (built site), or that is started when an example
 * comes near the screen or on the first sign of interest (pointer or focus on an example).
 */
import { PythonWorker } from './worker-client';
import { t } from './i18n';
import {
  errorLineFromTraceback, encodeShared, decodeShared, shareHash, parseShareHash,
} from './playground-core';
import type { Editor, Monaco } from './monaco-loader';
import type { HeapSnapshot } from '../interpreter/heap/snapshot';

let shared: PythonWorker | null = null;
const pythonWorker = () => (shared ??= new PythonWorker());
let running: PlaygroundElement | null = null;

const STORE = 'pml:code:';
/** Characters of output shown per run; a runaway print loop must not drown the page. */
const MAX_OUTPUT = 200_000;

class PlaygroundElement extends HTMLElement {
  private original = '';
  private filename = 'main.py';
  private files: Record<string, string> | undefined;
  private editor: Editor | null = null;
  private monaco: Monaco | null = null;
  private editorLoading: Promise<void> | null = null;
  private decorations: string[] = [];
  private out!: HTMLElement;
  private status!: HTMLElement;
  private plainCode: string | null = null; // edited/shared code shown before Monaco loads
  private originalHtml = '';

  connectedCallback() {
    if (this.out) return;
    this.original = this.dataset.code ?? '';
    this.filename = this.dataset.filename ?? 'main.py';
    this.files = this.dataset.files ? JSON.parse(this.dataset.files) : undefined;
    this.out = this.querySelector('[data-testid="output"]')!;
    this.status = this.querySelector('.pg-status')!;

    this.addEventListener('click', (ev) => {
      const btn = (ev.target as Element).closest<HTMLButtonElement>('button[data-action]');
      if (btn) this.action(btn.dataset.action!);
    });
    this.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); this.run(); }
    });
    // The built page started the worker from its <head> (build-integrations.mjs): take it over
    // now. Otherwise (astro dev) start it (it fetches and boots the interpreter off the main
    // thread) once an example is on screen or about to be — observed, not measured: reading
    // the layout here would force one while the page is still loading — or on the first
    // pointer/focus on one. On pointer/focus the worker is also told to have this example's
    // interpreter ready (its file name and heap view decide how the interpreter is made).
    const warm = () => pythonWorker().warm({ filename: this.filename, heap: this.hasAttribute('data-heap') });
    const prepare = () => { if (!running) pythonWorker().prepare(this.filename, this.hasAttribute('data-heap')); };
    if ('__pmlWorker' in window || !('IntersectionObserver' in window)) warm();
    else {
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) { seen.disconnect(); warm(); }
      }, { rootMargin: '400px 0px' });
      seen.observe(this);
    }
    this.addEventListener('pointerenter', prepare);
    this.addEventListener('focusin', prepare);
    this.addEventListener('touchstart', prepare, { passive: true });

    // heap panel: a reference link moves the focus to the object's row (no URL change)
    this.addEventListener('click', (ev) => {
      const a = (ev.target as Element).closest<HTMLAnchorElement>('.pg-heap a[href^="#"]');
      if (!a) return;
      const row = this.querySelector<HTMLElement>(`[id="${CSS.escape(a.hash.slice(1))}"]`);
      if (!row) return;
      ev.preventDefault();
      this.querySelectorAll('.pg-heap .flash').forEach((r) => r.classList.remove('flash'));
      row.classList.add('flash');
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: 'nearest' });
    });

    const codeView = this.querySelector<HTMLElement>('.pg-code')!;
    codeView.addEventListener('dblclick', () => this.startEditing(true));
    this.originalHtml = codeView.innerHTML;
    codeView.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' && !ev.ctrlKey && !ev.metaKey && (ev.target as Element).matches('pre')) {
        ev.preventDefault();
        this.startEditing(true);
      }
    });

    const prebuiltLine = Number(this.dataset.errorLine);
    if (prebuiltLine) this.markStaticLine(prebuiltLine);
    this.restore();
  }

  private get storeKey() {
    return STORE + location.pathname.replace(/\/$/, '') + ':' + this.dataset.id;
  }

  /** Code from a share link beats the learner's saved edit, which beats the original. */
  private async restore() {
    const link = parseShareHash(location.hash);
    if (link && link.id === this.dataset.id) {
      const code = await decodeShared(link.payload);
      if (code !== null) {
        this.showPlain(code, t('pg.fromLink'));
        this.scrollIntoView({ block: 'start' });
        return;
      }
    }
    let saved: string | null = null;
    try { saved = localStorage.getItem(this.storeKey); } catch { /* storage disabled */ }
    if (saved !== null && saved !== this.original) this.showPlain(saved, t('pg.edited'));
  }

  private showPlain(code: string, badge: string) {
    this.plainCode = code;
    const view = this.querySelector<HTMLElement>('.pg-code')!;
    const pre = document.createElement('pre');
    pre.className = 'pg-plain';
    pre.tabIndex = 0;
    const codeEl = document.createElement('code');
    code.split('\n').forEach((text, i) => {
      const span = document.createElement('span');
      span.className = 'line';
      span.dataset.line = String(i + 1);
      span.textContent = text;
      codeEl.append(span, '\n');
    });
    pre.append(codeEl);
    view.replaceChildren(pre);
    this.setBadge(badge);
  }

  private setBadge(text: string | null) {
    const b = this.querySelector<HTMLElement>('.pg-badge')!;
    b.hidden = !text;
    b.textContent = text ?? '';
  }

  /** Replace the code in the editor (loading it if needed) — for scripts and tests. */
  async setCode(code: string): Promise<void> {
    await this.startEditing(false);
    this.editor!.setValue(code);
  }

  code(): string {
    return this.editor ? this.editor.getValue() : this.plainCode ?? this.original;
  }

  private action(name: string) {
    if (name === 'run') this.run();
    else if (name === 'stop') this.stop();
    else if (name === 'reset') this.reset();
    else if (name === 'edit') this.startEditing(true);
    else if (name === 'copy') this.copy(this.code(), t('pg.copied'));
    else if (name === 'share') this.share();
  }

  startEditing(focus: boolean): Promise<void> {
    if (!this.editorLoading) {
      this.editorLoading = (async () => {
        this.say(t('pg.loadingEditor'));
        const { createEditor } = await import('./monaco-loader');
        const host = this.querySelector<HTMLElement>('.pg-editor')!;
        const view = this.querySelector<HTMLElement>('.pg-code')!;
        const initial = this.code();
        host.style.height = view.getBoundingClientRect().height + 'px';
        host.hidden = false;
        const { monaco, editor } = await createEditor(host, initial, `${t('pg.codeLabel')} — ${this.querySelector('.pg-title')?.textContent ?? ''}`);
        view.hidden = true;
        this.monaco = monaco;
        this.editor = editor;
        const fit = () => { host.style.height = Math.max(editor.getContentHeight(), 60) + 'px'; };
        editor.onDidContentSizeChange(fit);
        fit();
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => this.run());
        // Tab indents inside the editor; Esc hands the keyboard back to the page (the Run button)
        editor.onKeyDown((e) => {
          if (e.keyCode === monaco.KeyCode.Escape) {
            e.preventDefault();
            this.querySelector<HTMLButtonElement>('[data-action="run"]')!.focus();
          }
        });
        editor.onDidChangeModelContent(() => {
          this.clearErrorMark();
          const value = editor.getValue();
          try {
            if (value === this.original) localStorage.removeItem(this.storeKey);
            else localStorage.setItem(this.storeKey, value);
          } catch { /* storage disabled */ }
          this.setBadge(value === this.original ? null : t('pg.edited'));
        });
        this.say('');
      })();
    }
    return this.editorLoading.then(() => { if (focus) this.editor?.focus(); });
  }

  run() {
    const worker = pythonWorker();
    if (running && running !== this) running.stop();
    running = this;
    this.clearErrorMark();
    this.out.replaceChildren();
    this.querySelector('.pg-heap-host')?.setAttribute('aria-busy', 'true');
    this.querySelector('.pg-output-title')!.textContent = t('pg.output');
    this.setRunning(true);
    this.say(t('pg.running'));
    const started = performance.now();
    let stderr = '';
    const snapshots: HeapSnapshot[] = [];
    let shown = 0;
    let truncated = false;
    worker.run(this.code(), this.filename, this.files, {
      onOutput: (chunks) => {
        for (const c of chunks) {
          if (c.stream === 'stderr') stderr = (stderr + c.text).slice(-20_000);
          if (truncated) continue;
          if (shown + c.text.length > MAX_OUTPUT) {
            truncated = true;
            const note = document.createElement('span');
            note.className = 'muted';
            note.textContent = `\n${t('pg.truncated', { n: MAX_OUTPUT.toLocaleString('ko-KR') })}\n`;
            this.out.append(note);
            continue;
          }
          shown += c.text.length;
          const last = this.out.lastElementChild as HTMLElement | null;
          const cls = c.stream === 'stdout' ? 'out' : 'err';
          if (last && last.className === cls) last.append(c.text);
          else {
            const span = document.createElement('span');
            span.className = cls;
            span.textContent = c.text;
            this.out.append(span);
          }
        }
        this.out.scrollTop = this.out.scrollHeight;
      },
      onDone: (r) => {
        if (running === this) running = null;
        this.setRunning(false);
        const ms = Math.round(performance.now() - started);
        this.dataset.lastRunMs = String(ms);
        if (r.crashed) {
          const span = document.createElement('span');
          span.className = 'err crash';
          span.textContent = `[인터프리터 내부 오류] ${r.crashed}\n`;
          this.out.append(span);
        }
        this.querySelector('.pg-input')?.remove();
        if (r.stopped) {
          const host = this.querySelector<HTMLElement>('.pg-heap-host');
          if (host) { host.innerHTML = `<p class="muted">${t('pg.heapStopped')}</p>`; host.removeAttribute('aria-busy'); }
          const span = document.createElement('span');
          span.className = 'muted';
          span.textContent = (this.out.textContent ? '\n' : '') + t('pg.stopped');
          this.out.append(span);
          this.say(t('pg.stopped'));
          return;
        }
        if (!this.out.textContent) {
          const span = document.createElement('span');
          span.className = 'muted';
          span.textContent = t('pg.noOutput');
          this.out.append(span);
        }
        const line = r.exitCode !== 0 ? errorLineFromTraceback(stderr, this.filename) : null;
        if (line) this.markErrorLine(line);
        const parts = [line ? t('pg.errorLine', { line }) : r.exitCode !== 0 ? t('pg.exit', { code: r.exitCode }) : '', t('pg.time', { ms })];
        this.say(parts.filter(Boolean).join(' · '));
        this.dispatchEvent(new CustomEvent('pml:ran', { bubbles: true, detail: { exitCode: r.exitCode, ms } }));
      },
      onHeap: (snapshot, dropped) => {
        const host = this.querySelector<HTMLElement>('.pg-heap-host');
        if (!host) return;
        snapshots.push(snapshot);
        if (snapshot.label !== 'end') return; // drawn with the end
        void import('./heap-panel').then(({ renderHeapPanels }) => {
          host.innerHTML = renderHeapPanels(snapshots, this.dataset.id!, dropped);
          host.removeAttribute('aria-busy');
        });
      },
      onInput: (answer) => this.askInput(answer),
    }, { stdin: this.dataset.stdin, heap: this.hasAttribute('data-heap') });
  }

  /** input() is waiting: a text box right after its prompt in the output (Enter sends, Ctrl+D is EOF). */
  private askInput(answer: ((line: string | null) => void) | null) {
    if (!answer) {
      const span = document.createElement('span');
      span.className = 'muted';
      span.textContent = `\n${t('pg.inputUnavailable')}\n`;
      this.out.append(span);
      return;
    }
    const box = document.createElement('input');
    box.type = 'text';
    box.className = 'pg-input';
    box.dataset.testid = 'stdin-input';
    box.setAttribute('aria-label', t('pg.inputLabel'));
    box.autocomplete = 'off';
    box.spellcheck = false;
    const send = (line: string | null) => {
      const echo = document.createElement('span');
      echo.className = 'in';
      echo.textContent = line === null ? '\n' : line + '\n';
      box.replaceWith(echo);
      this.say(t('pg.running'));
      answer(line);
    };
    box.addEventListener('keydown', (ev) => {
      if (ev.isComposing) return;
      if (ev.key === 'Enter') { ev.preventDefault(); ev.stopPropagation(); send(box.value); }
      else if (ev.key === 'd' && ev.ctrlKey) { ev.preventDefault(); send(null); }
    });
    this.out.append(box);
    this.say(t('pg.waitingInput'));
    box.focus();
  }

  stop() {
    if (running === this) pythonWorker().stop();
  }

  private setRunning(on: boolean) {
    this.toggleAttribute('data-running', on);
    this.querySelector<HTMLButtonElement>('[data-action="stop"]')!.disabled = !on;
  }

  private say(text: string) {
    this.status.textContent = text;
  }

  reset() {
    try { localStorage.removeItem(this.storeKey); } catch { /* storage disabled */ }
    const link = parseShareHash(location.hash);
    if (link && link.id === this.dataset.id) history.replaceState(null, '', location.pathname + location.search);
    this.plainCode = null;
    this.setBadge(null);
    this.clearErrorMark();
    if (this.editor) this.editor.setValue(this.original);
    else this.querySelector('.pg-code')!.innerHTML = this.originalHtml;
    this.say('');
  }

  private async share() {
    const payload = await encodeShared(this.code());
    const url = location.origin + location.pathname + shareHash(this.dataset.id!, payload);
    history.replaceState(null, '', shareHash(this.dataset.id!, payload));
    await this.copy(url, t('pg.shared'));
  }

  private async copy(text: string, done: string) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      const ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.append(ta);
      ta.select();
      try { document.execCommand('copy'); } catch { /* nothing more to try */ }
      ta.remove();
    }
    this.say(done);
  }

  private markErrorLine(line: number) {
    this.dataset.errorLine = String(line);
    if (this.editor && this.monaco) {
      this.decorations = this.editor.deltaDecorations(this.decorations, [{
        range: new this.monaco.Range(line, 1, line, 1),
        options: { isWholeLine: true, className: 'pg-error-line', linesDecorationsClassName: 'pg-error-gutter', hoverMessage: { value: t('pg.errorLine', { line }) } },
      }]);
      this.editor.revealLineInCenterIfOutsideViewport(line);
    } else this.markStaticLine(line);
  }

  private markStaticLine(line: number) {
    this.querySelector(`.pg-code .line[data-line="${line}"]`)?.classList.add('error-line');
  }

  private clearErrorMark() {
    delete this.dataset.errorLine;
    this.querySelectorAll('.error-line').forEach((el) => el.classList.remove('error-line'));
    if (this.editor && this.decorations.length) this.decorations = this.editor.deltaDecorations(this.decorations, []);
  }
}

if (!customElements.get('pml-playground')) customElements.define('pml-playground', PlaygroundElement);
