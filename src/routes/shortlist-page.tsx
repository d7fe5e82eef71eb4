import { useDocumentTitle } from '../components/document-title.ts';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { BookmarkButton } from '../components/BookmarkButton.tsx';
import { CopyButton } from '../components/CopyButton.tsx';
import { cardsUrl, useIdeaIndex } from '../data/IndexProvider.tsx';
import { loadDetails } from '../data/idea-details.ts';
import { useIdeaDetails } from '../data/use-idea-details.ts';
import type { IdeaDetail } from '../model/app-data.ts';
import { MentorLinks, ProjectLink, SkillLink } from '../components/EntityLinks.tsx';
import { termLabel } from '../components/facet-labels.ts';
import { TermStatusBadge, useTermStatus } from '../components/TermStatusBadge.tsx';
import { useShortlist } from '../components/ShortlistProvider.tsx';
import type { IdeaCard } from '../model/idea-index.ts';
import type { ShortlistItem } from '../shortlist/shortlist-data.ts';
import { resolveIds } from '../shortlist/redirects.ts';
import { parseSharedIds } from '../shortlist/shared-link.ts';
import { ideaSnapshot } from '../shortlist/idea-snapshot.ts';
import { type ExportRow, shortlistToCsv, shortlistToMarkdown } from '../shortlist/shortlist-export.ts';

const appUrl = (path: string) => new URL(`${import.meta.env.BASE_URL}${path}`, window.location.origin).href;
const ideaUrl = (id: string) => appUrl(`ideas/${encodeURIComponent(id)}`);

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const button =
  'rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800';

export function ShortlistPage() {
  const search = useSearch({ from: '/shortlist' });
  return search.ids !== undefined ? <SharedShortlist raw={search.ids} /> : <MyShortlist />;
}

function MyShortlist() {
  const { engine, index } = useIdeaIndex();
  const { store, state } = useShortlist();
  // The last idea removed, and where it was: one click puts it back, note and all.
  const [removed, setRemoved] = useState<{ item: ShortlistItem; at: number; title: string } | null>(null);
  const undoRemove = () => {
    if (removed) store.restore(removed.item, removed.at);
    setRemoved(null);
  };
  const cards = state.items.map((item) => ({ item, idea: engine.byId.get(item.id) }));
  const known = cards.flatMap((row) => (row.idea ? [row.idea] : []));
  // Upstream issues and LFX links are in the ideas' details (one file per term), fetched for the page.
  const details = useIdeaDetails(known);
  const withLinks = (found: ReadonlyMap<string, IdeaDetail>): ExportRow[] =>
    cards.map(({ item, idea }) => {
      const detail = idea && found.get(idea.id);
      return { item, idea: idea && detail ? { ...idea, issues: detail.issues, ...(detail.lfxUrl ? { lfxUrl: detail.lfxUrl } : {}) } : idea };
    });
  const rows = withLinks(details);
  /** An export waits for the details, so that it has every idea's links. */
  const exportAs = async (make: (rows: ExportRow[]) => void) => make(withLinks((await loadDetails(index, cardsUrl(), known)).found));
  useDocumentTitle(`Shortlist (${rows.length})`);

  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">Your shortlist</h1>
      {state.readOnly && <p className="mt-2 text-sm">Read-only: saved by a newer version of the app.</p>}
      {rows.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          {removed && <UndoRemove title={removed.title} onUndo={undoRemove} />}
          <p className="font-medium">Your shortlist is empty.</p>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Press <span className="font-semibold">Save</span> on any idea, in the results or on its page, to keep it here with your own notes.
          </p>
          <p className="mt-4">
            <Link to="/" search={{}} className="font-medium text-blue-700 underline dark:text-blue-300">
              Find ideas
            </Link>
          </p>
        </div>
      ) : (
        <>
          <div className="no-print mt-4 flex flex-wrap items-center gap-2">
            <CopyButton label="Share shortlist" text={() => appUrl(`shortlist?ids=${state.items.map((i) => i.id).join(',')}`)} />
            <button
              type="button"
              className={button}
              onClick={() =>
                void exportAs((rows) => download('mentorship-shortlist.md', 'text/markdown;charset=utf-8', shortlistToMarkdown(rows, ideaUrl, new Date())))
              }
            >
              Export Markdown
            </button>
            <button
              type="button"
              className={button}
              onClick={() => void exportAs((rows) => download('mentorship-shortlist.csv', 'text/csv;charset=utf-8', shortlistToCsv(rows, ideaUrl)))}
            >
              Export CSV
            </button>
            <button type="button" className={button} onClick={() => window.print()}>
              Print
            </button>
            <DeadlinesButton ideas={rows.flatMap((r) => (r.idea ? [r.idea] : []))} />
          </div>
          {removed && <UndoRemove title={removed.title} onUndo={undoRemove} />}
          <ol className="mt-6 space-y-4">
            {rows.map((row, index) => (
              <ShortlistEntry
                key={row.item.id}
                row={row}
                index={index}
                count={rows.length}
                readOnly={state.readOnly}
                onMove={(d) => store.move(row.item.id, d)}
                onRemove={() => {
                  setRemoved({ item: row.item, at: index, title: row.idea?.title ?? (row.item.title || row.item.id) });
                  store.remove(row.item.id);
                }}
                onNote={(note) => store.setNote(row.item.id, note)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

/** Says which idea was removed, with a way to put it back. */
function UndoRemove({ title, onUndo }: { title: string; onUndo: () => void }) {
  return (
    <p role="status" className="no-print mt-4 flex flex-wrap items-center gap-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
      <span>
        Removed <span className="font-medium">{title}</span>.
      </span>
      <button type="button" onClick={onUndo} className="font-medium text-blue-700 underline dark:text-blue-300">
        Undo
      </button>
    </p>
  );
}

interface EntryProps {
  row: ExportRow;
  index: number;
  count: number;
  readOnly: boolean;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onNote: (note: string) => void;
}

/**
 * One `.ics` file with an event per shortlisted term's application deadline (see calendar.ts).
 * The calendar code (and its library) loads on the first click only.
 */
function DeadlinesButton({ ideas }: { ideas: IdeaCard[] }) {
  const { index } = useIdeaIndex();
  // A message is about the ideas shortlisted when it was made: it goes once they change.
  const ids = ideas.map((idea) => idea.id).join(',');
  const [made, setMade] = useState({ message: '', ids });
  const message = made.ids === ids ? made.message : '';
  const make = async () => {
    const { deadlineCalendar } = await import('../shortlist/calendar.ts');
    const calendar = deadlineCalendar(ideas, index.terms, { siteUrl: appUrl(''), now: new Date() });
    if (calendar.events > 0) download('mentorship-deadlines.ics', 'text/calendar;charset=utf-8', calendar.ics);
    const added =
      calendar.events > 0
        ? `${calendar.events === 1 ? '1 deadline' : `${calendar.events} deadlines`} in the calendar file.`
        : calendar.closed.length > 0
          ? 'No deadline ahead: applications have closed for every shortlisted term with dates.'
          : 'No shortlisted term has a published application deadline yet.';
    const closed = calendar.closed.length > 0 ? ` Applications already closed, left out: ${calendar.closed.join(', ')}.` : '';
    const skipped = calendar.skipped.length > 0 ? ` No close date published for: ${calendar.skipped.join(', ')}.` : '';
    setMade({ message: added + closed + skipped, ids });
  };
  return (
    <>
      <button type="button" className={button} onClick={() => void make()} disabled={ideas.length === 0}>
        Add deadlines to calendar
      </button>
      <span role="status" className="basis-full text-sm text-slate-700 dark:text-slate-300">
        {message}
      </span>
    </>
  );
}

const GSOC_URL = 'https://summerofcode.withgoogle.com/';

/** Where to apply while the term's applications are open. */
function ApplyLink({ idea }: { idea: NonNullable<ExportRow['idea']> }) {
  const status = useTermStatus(idea.termKey);
  if (status?.phase !== 'open') return null;
  const href = idea.lfxUrl ?? (idea.program === 'Google Summer of Code' ? GSOC_URL : undefined);
  if (!href) return null;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer nofollow"
      className="inline-block rounded-md bg-emerald-700 px-3 py-1 text-sm font-medium text-white hover:bg-emerald-800"
    >
      {idea.lfxUrl ? 'Apply on LFX Mentorship' : 'Apply on Google Summer of Code'}
    </a>
  );
}

function ShortlistEntry({ row: { item, idea }, index, count, readOnly, onMove, onRemove, onNote }: EntryProps) {
  const title = idea?.title ?? (item.title || item.id);
  const noteId = `note-${item.id}`;
  return (
    <li className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      {/* The controls in one place on every entry: top right beside the text, or below it on a phone
          (wrapping, a long title had put them below and a short one beside). */}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 sm:flex-1">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {index + 1}. {idea ? <ProjectLink idea={idea} className="underline" /> : item.project} ·{' '}
            {idea ? termLabel({ program: idea.program, label: idea.term }) : item.term}
          </p>
          <h2 className="text-lg font-semibold">
            {idea ? (
              <Link to="/ideas/$ideaId" params={{ ideaId: item.id }} className="text-blue-800 hover:underline dark:text-blue-300">
                {title}
              </Link>
            ) : (
              <>
                {title}{' '}
                <span className="rounded-full bg-slate-200 px-2 text-xs font-medium text-slate-800 dark:bg-slate-700 dark:text-slate-100">
                  No longer listed
                </span>
              </>
            )}
          </h2>
          {idea && (
            <div className="mt-1 space-y-1 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <TermStatusBadge termKey={idea.termKey} />
                <ApplyLink idea={idea} />
              </p>
              {idea.skills.length > 0 && (
                <ul aria-label="Skills" className="flex flex-wrap gap-1 text-xs">
                  {idea.skills.map((skill) => (
                    <li key={skill}>
                      <SkillLink skill={skill} className="inline-block rounded-full bg-slate-100 px-2 py-0.5 dark:bg-slate-800" />
                    </li>
                  ))}
                </ul>
              )}
              {idea.mentors.length > 0 && (
                <p className="text-slate-700 dark:text-slate-300">
                  <span className="font-medium">Mentors:</span> <MentorLinks mentors={idea.mentors} className="text-blue-700 dark:text-blue-300" />
                </p>
              )}
            </div>
          )}
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            Added {new Date(item.addedAt).toLocaleDateString('en', { year: 'numeric', month: 'short', day: 'numeric' })}
          </p>
        </div>
        <div className="no-print flex shrink-0 gap-1">
          <button type="button" className={button} disabled={readOnly || index === 0} onClick={() => onMove(-1)} aria-label={`Move ${title} up`}>
            ↑
          </button>
          <button type="button" className={button} disabled={readOnly || index === count - 1} onClick={() => onMove(1)} aria-label={`Move ${title} down`}>
            ↓
          </button>
          <button type="button" className={button} disabled={readOnly} onClick={onRemove} aria-label={`Remove ${title} from shortlist`}>
            Remove
          </button>
        </div>
      </div>
      <label htmlFor={noteId} className="mt-3 block text-sm font-medium">
        Your note
      </label>
      <textarea
        id={noteId}
        value={item.note}
        readOnly={readOnly}
        onChange={(e) => onNote(e.target.value)}
        rows={2}
        maxLength={5000}
        placeholder="What to ask the mentors, what to read first…"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
    </li>
  );
}

function SharedShortlist({ raw }: { raw: string }) {
  const { engine, index } = useIdeaIndex();
  const { store, state } = useShortlist();
  const [added, setAdded] = useState<number | null>(null);
  const parsed = parseSharedIds(raw);
  if (!parsed.ok) {
    return (
      <div className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-2xl font-bold">Shared shortlist</h1>
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {parsed.message}
        </p>
        <p className="mt-4">
          <Link to="/shortlist" search={{}} className="font-medium text-blue-700 underline dark:text-blue-300">
            Go to your shortlist
          </Link>
        </p>
      </div>
    );
  }
  // Ids renamed since the link was made are shown (and added) under their current ids.
  const entries = resolveIds(parsed.ids, index.redirects, (id) => engine.byId.has(id)).map((id) => ({ id, idea: engine.byId.get(id) }));
  const known = entries.filter((e): e is { id: string; idea: IdeaCard } => !!e.idea);
  const unknown = entries.length - known.length;
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">Shared shortlist</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Someone shared {entries.length} idea{entries.length === 1 ? '' : 's'} with you. This list is read-only; add the ideas to your own shortlist to keep
        them.
      </p>
      <div className="no-print mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={known.length === 0 || state.readOnly}
          onClick={() => setAdded(store.addAll(known.map(({ idea }) => ideaSnapshot(idea))))}
          className="rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          Add all to my shortlist
        </button>
        <span role="status">
          {added !== null && (
            <>
              {added === 0 ? 'All of these ideas were already on your shortlist.' : `Added ${added} idea${added === 1 ? '' : 's'} to your shortlist.`}{' '}
              <Link to="/shortlist" search={{}} className="font-medium text-blue-700 underline dark:text-blue-300">
                View your shortlist
              </Link>
            </>
          )}
        </span>
      </div>
      {unknown > 0 && (
        <p className="mt-3 text-sm text-amber-900 dark:text-amber-200">
          {unknown === 1 ? '1 of these ideas is' : `${unknown} of these ideas are`} not in this index (renamed or removed since the link was made) and cannot be
          added.
        </p>
      )}
      <ol className="mt-6 space-y-3">
        {entries.map(({ id, idea }) => (
          <li key={id} className="flex items-start justify-between gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            {idea ? (
              <>
                <div>
                  <p className="text-sm text-slate-600 dark:text-slate-400">
                    {idea.project} · {termLabel({ program: idea.program, label: idea.term })}
                  </p>
                  <Link to="/ideas/$ideaId" params={{ ideaId: id }} className="text-lg font-semibold text-blue-800 hover:underline dark:text-blue-300">
                    {idea.title}
                  </Link>
                </div>
                <BookmarkButton idea={idea} />
              </>
            ) : (
              <p>
                <span className="font-medium">Unknown idea</span> <code className="break-all rounded bg-slate-100 px-1 text-sm dark:bg-slate-800">{id}</code>{' '}
                (not in this index)
              </p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
