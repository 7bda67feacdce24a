/**
 * Theme: 'auto' follows the system; 'light'/'dark' are remembered in localStorage. The resolved
 * scheme is html[data-color-scheme]; Base.astro's inline head script applies it before paint
 * (that script mirrors resolve() below). A 'pml:theme' event tells Monaco to follow.
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';
export const THEME_KEY = 'pml:theme';

export function getThemeChoice(): ThemeChoice {
  try {
    const v = localStorage.getItem(THEME_KEY);
    if (v === 'light' || v === 'dark') return v;
  } catch { /* storage disabled */ }
  return 'auto';
}

function resolve(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'auto') return choice;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function applyTheme(choice: ThemeChoice = getThemeChoice()) {
  const root = document.documentElement;
  root.dataset.theme = choice;
  root.dataset.colorScheme = resolve(choice);
  window.dispatchEvent(new Event('pml:theme'));
}

export function setThemeChoice(choice: ThemeChoice) {
  try {
    if (choice === 'auto') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch { /* storage disabled */ }
  applyTheme(choice);
}

matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme());
