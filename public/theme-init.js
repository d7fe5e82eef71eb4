// Keep in sync with src/components/theme.ts (storage key and class name).
(function () {
  var stored;
  try {
    stored = window.localStorage.getItem('mentorship-ideas:theme');
  } catch {
    stored = null;
  }
  var dark = stored === 'dark' || (stored !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.classList.toggle('dark', dark);
  // Form controls follow color-scheme, not the class (see applyTheme).
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
})();
