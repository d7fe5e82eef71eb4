import type { Diagnostic, Idea, RichText } from '../../model/idea-index.ts';
import { warning } from '../diagnostics.ts';
import { hasMarkup, withoutMarkup } from '../normalise/plain-text.ts';
import { redactEmails } from '../normalise/redact.ts';

function redactRich(rich: RichText): { value: RichText; count: number } {
  // A mailto link keeps its text (itself redacted below); the address in the href goes.
  const html = rich.html.replace(/<a\b[^>]*href="mailto:[^"]*"[^>]*>([\s\S]*?)<\/a>/gi, '$1');
  const parts = [rich.markdown, rich.text, html].map(redactEmails);
  const [markdown, text, safeHtml] = parts.map((p) => p.text) as [string, string, string];
  return { value: { markdown, text, html: safeHtml }, count: Math.max(...parts.map((p) => p.count)) };
}

/**
 * The last step before the index is written, so no source can slip past it: e-mail addresses
 * become a marker everywhere (plain, chained, spelled out, mailto), and plain-text fields lose
 * any markup. Each idea that needed it gets one warning per kind.
 */
export function sanitizeIdeas<T extends Omit<Idea, 'id'>>(ideas: T[], diagnostics: Diagnostic[]): T[] {
  return ideas.map((idea) => {
    let emails = 0;
    const stripped: string[] = [];
    const text = (value: string, field: string) => {
      const redacted = redactEmails(value);
      emails += redacted.count;
      if (!hasMarkup(redacted.text)) return redacted.text;
      stripped.push(field);
      return withoutMarkup(redacted.text);
    };
    const rich = (value: RichText) => {
      const r = redactRich(value);
      emails += r.count;
      return r.value;
    };
    const mentors = idea.mentors.flatMap((m) => {
      const name = m.name ? text(m.name, 'mentor') : '';
      if (!name && !m.github) return [];
      return [{ ...(name ? { name } : {}), ...(m.github ? { github: m.github } : {}), ...(m.role ? { role: m.role } : {}) }];
    });
    const skills = idea.skills.filter((s) => {
      if (!hasMarkup(s)) return true;
      stripped.push('skills');
      return false;
    });
    const extra = idea.extra && Object.fromEntries(Object.entries(idea.extra).map(([k, v]) => [text(k, 'extra'), text(v, 'extra')]));
    const clean: T = {
      ...idea,
      title: text(idea.title, 'title'),
      project: text(idea.project, 'project'),
      ...(idea.group ? { group: text(idea.group, 'group') } : {}),
      skills,
      skillsText: text(idea.skillsText, 'skills'),
      ...(idea.technologies ? { technologies: idea.technologies.map((t) => text(t, 'technologies')) } : {}),
      mentors,
      issues: idea.issues.filter((u) => /^https?:\/\//i.test(u) && !/@/.test(u.replace(/^https?:\/\/[^/]*/, '').split('?')[0] ?? '')),
      description: rich(idea.description),
      ...(idea.outcome ? { outcome: rich(idea.outcome) } : {}),
      ...(idea.projectIntro ? { projectIntro: rich(idea.projectIntro) } : {}),
      ...(idea.size ? { size: text(idea.size, 'size') } : {}),
      ...(idea.difficulty ? { difficulty: text(idea.difficulty, 'difficulty') } : {}),
      ...(extra ? { extra } : {}),
      ...(idea.prerequisites
        ? {
            prerequisites: {
              ...idea.prerequisites,
              custom: idea.prerequisites.custom.map((c) => ({ name: text(c.name, 'prerequisites'), description: text(c.description, 'prerequisites') })),
              ...(idea.prerequisites.courses
                ? {
                    courses: idea.prerequisites.courses.map((c) => ({
                      name: text(c.name, 'prerequisites'),
                      description: text(c.description, 'prerequisites'),
                    })),
                  }
                : {}),
            },
          }
        : {}),
    };
    const { file, line } = idea.source;
    if (emails > 0)
      diagnostics.push(
        warning('email-redacted', file, line, `${emails} e-mail address${emails === 1 ? '' : 'es'} in "${clean.title}" replaced by "[e-mail removed]"`),
      );
    if (stripped.length > 0)
      diagnostics.push(
        warning('markup-stripped', file, line, `markup removed from plain-text fields of "${clean.title}": ${[...new Set(stripped)].join(', ')}`),
      );
    return clean;
  });
}
