/**
 * <pml-repl>: `>>> ` / `... ` prompts, history on ↑/↓ (kept for the session in localStorage),
 * multi-line blocks (the interpreter's push() says when more input is needed), Interrupt
 * (terminates the worker — the session's state is lost, like a restart) and Restart.
 */
import { PythonWorker } from './worker-client';
import { t } from './i18n';

const HISTORY = 'pml:repl-history';

class ReplElement extends HTMLElement {
  private worker = new PythonWorker('repl');
  private log!: HTMLElement;
  private input!: HTMLTextAreaElement;
  private prompt!: HTMLElement;
  private history: string[] = [];
  private pos = 0;
  private draft = '';
  private busy = false;
  private started: Promise<void> | null = null;
  /** Set while input() waits: Enter sends the line to the program instead of the REPL. */
  private answer: ((line: string | null) => void) | null = null;

  connectedCallback() {
    if (this.log) return;
    this.log = this.querySelector('.repl-log')!;
    this.input = this.querySelector('textarea')!;
    this.prompt = this.querySelector('.prompt')!;
    try { this.history = JSON.parse(localStorage.getItem(HISTORY) ?? '[]'); } catch { this.history = []; }
    this.pos = this.history.length;
    this.start();
    this.input.addEventListener('keydown', (ev) => this.onKey(ev));
    this.input.addEventListener('input', () => this.autosize());
    this.querySelector('.repl-screen')!.addEventListener('click', (ev) => {
      if (!getSelection()?.toString() && !(ev.target as Element).closest('button')) this.input.focus();
    });
    this.querySelector('.repl-bar')!.addEventListener('click', (ev) => {
      const action = (ev.target as Element).closest<HTMLButtonElement>('button')?.dataset.action;
      if (action === 'restart' || action === 'interrupt') this.restart(action === 'interrupt' ? 'KeyboardInterrupt' : t('repl.restarted'));
      else if (action === 'clear') this.log.replaceChildren();
      this.input.focus();
    });
  }

  private start() {
    this.started = this.worker.replStart({
      onOutput: (chunks) => { for (const c of chunks) this.write(c.text, c.stream === 'stderr' ? 'err' : 'out'); },
      onDone: (r) => { if (r.crashed) this.write(`[인터프리터 내부 오류] ${r.crashed}\n`, 'err'); },
      onInput: (answer) => {
        if (!answer) { this.write(`\n${t('pg.inputUnavailable')}\n`, 'muted'); return; }
        this.answer = answer;
        this.prompt.textContent = '';
        this.toggleAttribute('data-input', true);
        this.input.focus();
      },
    });
  }

  private restart(message: string) {
    this.answer = null;
    this.toggleAttribute('data-input', false);
    this.worker.stop();
    this.write(`\n${message}\n`, 'muted');
    this.setPrompt(false);
    this.start();
  }

  private write(text: string, cls: string) {
    const last = this.log.lastElementChild as HTMLElement | null;
    if (last && last.className === cls && last === this.log.lastChild) last.append(text);
    else {
      const span = document.createElement('span');
      span.className = cls;
      span.textContent = text;
      this.log.append(span);
    }
    const screen = this.querySelector('.repl-screen')!;
    screen.scrollTop = screen.scrollHeight;
  }

  private setBusy(on: boolean) {
    this.busy = on;
    this.toggleAttribute('data-busy', on);
  }

  private setPrompt(more: boolean) {
    this.prompt.textContent = more ? '... ' : '>>> ';
  }

  private autosize() {
    this.input.style.height = 'auto';
    this.input.style.height = this.input.scrollHeight + 'px';
  }

  private async onKey(ev: KeyboardEvent) {
    if (this.answer && ((ev.key === 'Enter' && !ev.isComposing) || (ev.key === 'd' && ev.ctrlKey))) {
      ev.preventDefault();
      const line = ev.key === 'Enter' ? this.input.value : null;
      const answer = this.answer;
      this.answer = null;
      this.toggleAttribute('data-input', false);
      this.input.value = '';
      this.autosize();
      this.write((line ?? '') + '\n', 'in');
      answer(line);
      return;
    }
    if (ev.key === 'Enter' && !ev.shiftKey) {
      ev.preventDefault();
      if (this.busy) return;
      const text = this.input.value;
      this.input.value = '';
      this.autosize();
      this.setBusy(true);
      // pasted multi-line text goes in line by line
      try {
        for (const line of text.split('\n')) await this.submit(line);
      } finally {
        this.setBusy(false);
      }
    } else if (ev.key === 'ArrowUp' && !this.input.value.slice(0, this.input.selectionStart).includes('\n')) {
      if (this.pos === 0) return;
      ev.preventDefault();
      if (this.pos === this.history.length) this.draft = this.input.value;
      this.pos--;
      this.input.value = this.history[this.pos];
      this.autosize();
    } else if (ev.key === 'ArrowDown' && !this.input.value.slice(this.input.selectionEnd).includes('\n')) {
      if (this.pos >= this.history.length) return;
      ev.preventDefault();
      this.pos++;
      this.input.value = this.pos === this.history.length ? this.draft : this.history[this.pos];
      this.autosize();
    } else if (ev.key === 'c' && ev.ctrlKey && this.busy) {
      ev.preventDefault();
      this.restart('KeyboardInterrupt');
    } else if (ev.key === 'l' && ev.ctrlKey) {
      ev.preventDefault();
      this.log.replaceChildren();
    }
  }

  private async submit(line: string) {
    await this.started;
    this.write(this.prompt.textContent + line + '\n', 'in');
    if (line.trim() && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      this.history = this.history.slice(-200);
      try { localStorage.setItem(HISTORY, JSON.stringify(this.history)); } catch { /* storage disabled */ }
    }
    this.pos = this.history.length;
    this.draft = '';
    const more = await this.worker.replPush(line);
    this.setPrompt(more);
    // keep indentation going inside a block
    if (more) {
      const indent = /^\s*/.exec(line)![0] + (line.trimEnd().endsWith(':') ? '    ' : '');
      this.input.value = indent;
    }
  }
}

if (!customElements.get('pml-repl')) customElements.define('pml-repl', ReplElement);
