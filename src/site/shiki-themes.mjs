// The two code themes of the site (build-time Shiki, and Monaco via @shikijs/monaco): GitHub's
// light/dark defaults, with the light comment colour darkened from #6E7781 to #57606A so that
// comments keep a 4.5:1 contrast on our code background (#f6f8fa) — axe checks this.
import lightBase from 'shiki/themes/github-light-default.mjs';
import darkBase from 'shiki/themes/github-dark-default.mjs';

function recolor(theme, replacements) {
  let json = JSON.stringify(theme);
  for (const [from, to] of Object.entries(replacements)) json = json.replace(new RegExp(from, 'gi'), to);
  return JSON.parse(json);
}

export const lightTheme = recolor(lightBase, { '#6e7781': '#57606a' });
export const darkTheme = darkBase;
export const themes = { light: lightTheme, dark: darkTheme };
