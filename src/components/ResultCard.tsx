import { memo } from 'react';
import type { IdeaCard } from '../model/idea-index.ts';
import { mentorLabel } from '../model/mentor-key.ts';
import { snippet } from '../search/highlight.ts';
import { AlsoProposedIn } from './AlsoProposedIn.tsx';
import { termLabel } from './facet-labels.ts';
import { BookmarkButton } from './BookmarkButton.tsx';
import { MentorLinks, ProjectLink, SkillLink } from './EntityLinks.tsx';
import { Highlighted } from './Highlighted.tsx';
import { PlainLink } from './PlainLink.tsx';
import { useDescription } from '../data/IndexProvider.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { TermStatusBadge } from './TermStatusBadge.tsx';

interface Props {
  idea: IdeaCard;
  /** Matching re-proposals of this idea, listed under it rather than apart. */
  folded?: readonly IdeaCard[];
  terms: string[];
  selectedSkills: ReadonlySet<string>;
  /** The card's link was followed; `id` is its idea. */
  onOpen: (id: string) => void;
  /**
   * A card kept in the page below the fold while a new list paints its first cards: shown as it
   * was (highlighting of the previous query) until the list reaches it.
   */
  stale?: boolean;
}

/** Skills shown on a card; the idea page has them all. Selected ones are always shown. */
const CARD_SKILLS = 6;

const sameItems = <T,>(a: readonly T[] | undefined, b: readonly T[] | undefined) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((item, i) => item === b[i]));

/**
 * One result, dense enough for six to eight per laptop screen: meta line, title, two lines of text,
 * skills and mentors. Memoized: a keystroke that keeps an idea on the page with the same highlighted
 * terms (a new term list, the same words) does not render its card again.
 */
export const ResultCard = memo(function ResultCard({ idea, folded, terms, selectedSkills, onOpen }: Props) {
  const skills = [...idea.skills.filter((s) => selectedSkills.has(s)), ...idea.skills.filter((s) => !selectedSkills.has(s))].slice(
    0,
    Math.max(CARD_SKILLS, idea.skills.filter((s) => selectedSkills.has(s)).length),
  );
  const moreSkills = idea.skills.length - skills.length;
  const description = useDescription(idea.id);
  // Empty for a description of labels or spaces only: no paragraph then, or its lines would stay.
  const excerpt = description ? snippet(description, terms) : '';
  return (
    <article className="rounded-lg border border-slate-200 px-4 py-3 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-600 dark:text-slate-400">
            <ProjectLink idea={idea} className="inline-flex min-h-6 items-center font-medium text-slate-800 dark:text-slate-200">
              {/* One flex item: the highlighted parts of a name that wraps would each be one, side by side. */}
              <span>
                <Highlighted text={idea.project} terms={terms} />
              </span>
            </ProjectLink>
            {idea.group && <span>› {idea.group}</span>}
            {/* On a phone the term and its badges take a line of their own, with no separator left at a line's end. */}
            <span className="inline-flex flex-wrap items-baseline gap-x-2 max-sm:basis-full">
              <span>
                <span aria-hidden="true" className="mr-2 max-sm:hidden">
                  ·
                </span>
                {termLabel({ program: idea.program, label: idea.term })}
              </span>
              <span className="inline-flex items-baseline gap-x-2">
                <StatusBadge status={idea.status} />
                <TermStatusBadge termKey={idea.termKey} />
              </span>
            </span>
          </div>
          <h2 className="mt-0.5 text-base font-semibold leading-snug">
            <PlainLink
              to={`/ideas/${encodeURIComponent(idea.id)}`}
              data-result-link=""
              onClick={() => onOpen(idea.id)}
              // At least 24 px tall, so the title is an easy target next to the links above and below it (WCAG 2.5.8).
              className="inline-block min-h-6 text-blue-800 hover:underline dark:text-blue-300"
            >
              <Highlighted text={idea.title} terms={terms} />
            </PlainLink>
          </h2>
        </div>
        <BookmarkButton idea={idea} />
      </div>
      {/*
        The descriptions follow the cards: until then the snippet's paragraph is empty and draws two
        grey lines (styles.css), so nothing moves when the text arrives, and there is nothing to read.
        Not pulsing: twenty animated cards would repaint every frame while the page loads. The text
        fills the same element: a placeholder removed from twenty cards (or its attributes changed)
        was a long task where the browser records each change of the page.
      */}
      {(description === undefined || excerpt) && (
        <p data-snippet="" className="card-snippet mt-1 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">
          {excerpt && <Highlighted text={excerpt} terms={terms} />}
        </p>
      )}
      <AlsoProposedIn idea={idea} folded={folded} className="mt-1" />
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2 text-xs">
        {skills.length > 0 && (
          <ul aria-label="Skills" className="flex flex-wrap gap-1">
            {skills.map((skill) => (
              <li key={skill}>
                <SkillLink
                  skill={skill}
                  // At least 24 px tall (WCAG 2.5.8), like every small target on the card.
                  className={`inline-flex min-h-6 items-center rounded-full px-2 ${selectedSkills.has(skill) ? 'bg-blue-700 text-white dark:bg-blue-400 dark:text-slate-950' : 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200'}`}
                />
              </li>
            ))}
            {moreSkills > 0 && <li className="px-1 py-0.5 text-slate-600 dark:text-slate-400">+{moreSkills} more</li>}
          </ul>
        )}
        {idea.mentors.length > 0 && (
          // Two lines before an ellipsis: on a phone one line showed the first mentor, cut ("Joe McG…").
          <p className="min-w-0 line-clamp-2 text-slate-600 dark:text-slate-400">
            <span className="font-medium">Mentors:</span>{' '}
            <MentorLinks mentors={idea.mentors} label={(mentor) => <Highlighted text={mentorLabel(mentor)} terms={terms} />} />
          </p>
        )}
      </div>
    </article>
  );
}, sameCard);

/**
 * Whether a card would render as it did: `before` is what it last rendered with (React compares
 * with the props of the last render, not of a skipped one), so a stale card skipped while its
 * terms changed renders when it stops being stale.
 */
export function sameCard(before: Props, after: Props): boolean {
  return (
    before.idea === after.idea &&
    // Each answer lists an idea's re-proposals anew: the same ones are the same card.
    sameItems(before.folded, after.folded) &&
    before.selectedSkills === after.selectedSkills &&
    before.onOpen === after.onOpen &&
    (after.stale === true || sameItems(before.terms, after.terms))
  );
}
