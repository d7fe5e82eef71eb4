import { Link } from '@tanstack/react-router';
import type { IdeaDetail } from '../../model/app-data.ts';
import { type IdeaCard, MENTORS_AS_WRITTEN } from '../../model/idea-index.ts';
import { ApplicationNeeds } from '../ApplicationNeeds.tsx';
import { MentorLink } from '../EntityLinks.tsx';

/**
 * An idea's fields as a list of terms and values: the card's (skills, mentors, maturity, what an
 * application asks, size, difficulty) and, once the term's details file is here, the rest (the
 * skills as written, upstream issues, the LFX page, every other labelled field).
 */
export function IdeaFacts({ idea, detail, applicationsOpen }: { idea: IdeaCard; detail: IdeaDetail | undefined; applicationsOpen: boolean }) {
  return (
    <>
      {/* Columns that may be narrower than an issue's address, which wraps: on a phone one ran off the side. */}
      <dl className="mt-6 grid grid-cols-1 gap-x-6 gap-y-3 rounded-lg border border-slate-200 p-4 text-sm [overflow-wrap:anywhere] sm:grid-cols-[max-content_minmax(0,1fr)] dark:border-slate-800">
        <dt className="font-semibold">Skills</dt>
        <dd>
          {idea.skills.length > 0 ? (
            <ul className="flex flex-wrap gap-1.5">
              {idea.skills.map((skill) => (
                <li key={skill}>
                  <Link to="/" search={{ skills: skill }} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs hover:underline dark:bg-slate-800">
                    {skill}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
          {detail?.skillsText && <p className="mt-1 text-slate-600 dark:text-slate-400">As written: {detail.skillsText}</p>}
        </dd>
        <dt className="font-semibold">Mentors</dt>
        <dd>
          {idea.mentors.length > 0 ? (
            <ul className="space-y-0.5">
              {idea.mentors.map((m) => (
                <li key={`${m.github ?? ''}${m.name ?? ''}`}>
                  <MentorLink mentor={m} className="text-blue-700 underline dark:text-blue-300">
                    {m.name ?? `@${m.github}`}
                  </MentorLink>
                  {m.github && (
                    <>
                      {' '}
                      <a
                        href={`https://github.com/${m.github}`}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label={`${m.name ?? m.github} on GitHub`}
                        className="text-slate-600 underline dark:text-slate-400"
                      >
                        {m.name ? `@${m.github}` : 'GitHub'}
                      </a>
                    </>
                  )}
                  {m.role && <span className="text-slate-600 dark:text-slate-400"> ({m.role === 'primary' ? 'primary mentor' : 'co-mentor'})</span>}
                </li>
              ))}
            </ul>
          ) : (
            // A team named where a person goes (the ingest keeps the line as written): who mentors, in its words.
            (detail?.extra?.[MENTORS_AS_WRITTEN] ?? 'Not listed')
          )}
        </dd>
        {detail && detail.issues.length > 0 && (
          <>
            <dt className="font-semibold">Upstream issues</dt>
            <dd>
              <ul className="space-y-0.5">
                {detail.issues.map((url) => (
                  <li key={url}>
                    <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline dark:text-blue-300">
                      {url.replace(/^https?:\/\/(www\.)?/, '')}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {detail?.lfxUrl && (
          <>
            <dt className="font-semibold">LFX page</dt>
            <dd>
              <a href={detail.lfxUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline dark:text-blue-300">
                {/* An applicant can only apply while the term's applications are open. */}
                {applicationsOpen ? 'Apply on LFX Mentorship' : 'View on LFX Mentorship'}
              </a>
            </dd>
          </>
        )}
        {idea.projectMaturity && (
          <>
            <dt className="font-semibold">Project maturity</dt>
            <dd>CNCF {idea.projectMaturity} project</dd>
          </>
        )}
        {idea.prerequisites && (
          <>
            <dt className="font-semibold">To apply</dt>
            <dd>
              <ApplicationNeeds prerequisites={idea.prerequisites} />
            </dd>
          </>
        )}
        {idea.size && (
          <>
            <dt className="font-semibold">Size</dt>
            <dd>{idea.size}</dd>
          </>
        )}
        {idea.difficulty && (
          <>
            <dt className="font-semibold">Difficulty</dt>
            <dd>{idea.difficulty}</dd>
          </>
        )}
        {Object.entries(detail?.extra ?? {})
          .filter(([labelText]) => labelText !== MENTORS_AS_WRITTEN)
          .map(([labelText, value]) => (
            <div key={labelText} className="contents">
              <dt className="font-semibold">{labelText}</dt>
              {/* A field written as a list (one item per line in the index) is shown as a list. */}
              <dd>
                {value.includes('\n') ? (
                  <ul className="list-disc space-y-1 pl-5">
                    {value.split('\n').map((item, i) => (
                      <li key={i}>{item}</li>
                    ))}
                  </ul>
                ) : (
                  value
                )}
              </dd>
            </div>
          ))}
      </dl>
    </>
  );
}
