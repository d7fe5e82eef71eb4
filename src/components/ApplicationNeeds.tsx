import type { Prerequisites } from '../model/idea-index.ts';

const WEB_ADDRESS = /(https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)])/;

/** LFX's words for a requirement, its web addresses as links (the course to take, where to find the certificate). */
function LinkedText({ text }: { text: string }) {
  return text.split(WEB_ADDRESS).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} href={part} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-blue-700 underline dark:text-blue-300">
        {part.replace(/^https?:\/\/(www\.)?/, '')}
      </a>
    ) : (
      part
    ),
  );
}

/** What an LFX application asks for, from the term's lfx-export.json. */
export function ApplicationNeeds({ prerequisites: p }: { prerequisites: Prerequisites }) {
  const standard = [
    p.resume && 'Résumé',
    p.coverLetter && 'Cover letter',
    p.schoolEnrollment && 'Proof of school enrollment',
    p.participationPermission && 'Permission to participate',
  ].filter((x): x is string => typeof x === 'string');
  // The project's own requirements, then the courses whose certificate is asked for, each with LFX's words.
  const described = [
    ...p.custom.map((c) => ({ label: c.name, description: c.description })),
    ...(p.courses ?? []).map((c) => ({ label: `${c.name} course certificate`, description: c.description })),
  ];
  return (
    <ul className="space-y-0.5">
      {standard.map((need) => (
        <li key={need}>{need}</li>
      ))}
      {p.codingChallenge && (
        <li>
          Coding challenge
          {p.codingChallengeUrl && (
            <>
              {': '}
              <a
                href={p.codingChallengeUrl}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="break-all text-blue-700 underline dark:text-blue-300"
              >
                {p.codingChallengeUrl.replace(/^https?:\/\/(www\.)?/, '')}
              </a>
            </>
          )}
        </li>
      )}
      {described.map(({ label, description }) => (
        <li key={label}>
          <span className="font-medium">{label}</span>
          {description && (
            <span className="text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
              : <LinkedText text={description} />
            </span>
          )}
        </li>
      ))}
      {standard.length === 0 && !p.codingChallenge && described.length === 0 && <li>Nothing beyond the LFX application form</li>}
    </ul>
  );
}
