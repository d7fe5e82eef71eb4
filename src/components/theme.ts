/** Keep in sync with public/page-init.js, which applies the theme before React starts. */
export const THEME_KEY = 'mentorship-ideas:theme';
export const THEMES = ['light', 'dark', 'system'] as const;
export type Theme = (typeof THEMES)[number];

export function readTheme(): Theme {
  try {
    const stored = window.localStorage.getItem(THEME_KEY);
    return (THEMES as readonly string[]).includes(stored ?? '') ? (stored as Theme) : 'system';
  } catch {
    return 'system';
  }
}

export function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  // Form controls, scrollbars and the page's own canvas follow color-scheme, not the class: a
  // theme chosen against the system's would otherwise keep the system's white checkboxes.
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  try {
    if (theme === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage may be disabled; the theme then lasts for this page only.
  }
}
