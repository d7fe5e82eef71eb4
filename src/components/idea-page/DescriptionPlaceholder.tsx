/** Grey lines where the description will be, while the term's details file is on its way. */
export function DescriptionPlaceholder() {
  return (
    <div className="mt-3 space-y-3">
      <p className="sr-only">Loading the description…</p>
      {['w-full', 'w-11/12', 'w-full', 'w-4/5', 'w-2/3'].map((width, i) => (
        <div key={i} aria-hidden="true" className={`h-4 animate-pulse rounded bg-slate-200 dark:bg-slate-800 ${width}`} />
      ))}
    </div>
  );
}
