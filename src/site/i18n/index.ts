/** UI strings (one JSON per locale, like Starlight's translations/) and a tiny formatter. */
import ko from './ko.json';

export type UIKey = keyof typeof ko;
const strings: Record<string, string> = ko;

/** The Korean UI string for `key`, with `{name}` placeholders filled from `vars`. */
export function t(key: UIKey, vars: Record<string, string | number> = {}): string {
  const s = strings[key];
  if (s === undefined) throw new Error(`missing UI string: ${key}`);
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
