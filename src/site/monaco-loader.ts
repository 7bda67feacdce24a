/**
 * Monaco, loaded only when a learner starts editing (this module is always dynamically
 * imported). Python is tokenised by Shiki with the same themes (shiki-themes.mjs) the
 * build uses, via @shikijs/monaco, so the editor looks exactly like the static code it replaces.
 */
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/editor/contrib/find/browser/findController.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { shikiToMonaco } from '@shikijs/monaco';
import { lightTheme, darkTheme } from './shiki-themes.mjs';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';

export type Monaco = typeof monaco;

// Monaco's stylesheets, collected as strings by the monacoCssOnDemand build plugin
const css = (globalThis as { __pmlMonacoCss?: string[] }).__pmlMonacoCss;
if (css?.length && !document.getElementById('pml-monaco-css')) {
  const style = document.createElement('style');
  style.id = 'pml-monaco-css';
  style.textContent = css.join('\n');
  document.head.append(style);
}
export type Editor = monaco.editor.IStandaloneCodeEditor;

(self as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

let setup: Promise<void> | null = null;

async function prepare(): Promise<void> {
  const highlighter = await createHighlighterCore({
    themes: [lightTheme, darkTheme],
    langs: [import('shiki/langs/python.mjs')],
    engine: createJavaScriptRegexEngine(),
  });
  monaco.languages.register({ id: 'python', extensions: ['.py'], aliases: ['Python'] });
  monaco.languages.setLanguageConfiguration('python', {
    comments: { lineComment: '#' },
    brackets: [['{', '}'], ['[', ']'], ['(', ')']],
    autoClosingPairs: [
      { open: '{', close: '}' }, { open: '[', close: ']' }, { open: '(', close: ')' },
      { open: '"', close: '"', notIn: ['string'] }, { open: "'", close: "'", notIn: ['string', 'comment'] },
    ],
    onEnterRules: [
      { beforeText: /:\s*(#.*)?$/, action: { indentAction: monaco.languages.IndentAction.Indent } },
    ],
  });
  shikiToMonaco(highlighter, monaco as never);
}

export function currentTheme(): 'github-light-default' | 'github-dark-default' {
  return document.documentElement.dataset.colorScheme === 'dark' ? 'github-dark-default' : 'github-light-default';
}

/** Create an editor in `host` holding `code`. */
export async function createEditor(host: HTMLElement, code: string, label: string): Promise<{ monaco: Monaco; editor: Editor }> {
  setup ??= prepare();
  await setup;
  const editor = monaco.editor.create(host, {
    value: code,
    language: 'python',
    theme: currentTheme(),
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineHeight: 22,
    fontFamily: 'var(--font-mono)',
    tabSize: 4,
    insertSpaces: true,
    renderLineHighlight: 'none',
    overviewRulerLanes: 0,
    scrollbar: { alwaysConsumeMouseWheel: false },
    ariaLabel: label,
    padding: { top: 12, bottom: 12 },
    fixedOverflowWidgets: true,
  });
  return { monaco, editor };
}

/** Follow the page's theme switch. */
if (typeof window !== 'undefined') {
  window.addEventListener('pml:theme', () => monaco.editor.setTheme(currentTheme()));
}
