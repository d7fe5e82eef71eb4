// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApplicationNeeds } from '../../src/components/ApplicationNeeds.tsx';
import type { Prerequisites } from '../../src/model/idea-index.ts';

afterEach(cleanup);

const nothing: Prerequisites = {
  resume: false,
  coverLetter: false,
  codingChallenge: false,
  schoolEnrollment: false,
  participationPermission: false,
  custom: [],
};

describe('what an application asks for, on the idea page', () => {
  it('names a course whose completion certificate is asked for, with what LFX says of it', () => {
    render(
      <ApplicationNeeds
        prerequisites={{
          ...nothing,
          resume: true,
          courses: [{ name: 'Inclusive Community', description: 'Please upload the completion certificate for the LFC102 course.' }],
        }}
      />,
    );
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Résumé', 'Inclusive Community course certificate: Please upload the completion certificate for the LFC102 course.']);
  });

  it('says when nothing is asked beyond the form, and not when only a course is', () => {
    const { unmount } = render(<ApplicationNeeds prerequisites={nothing} />);
    expect(screen.getByRole('listitem').textContent).toBe('Nothing beyond the LFX application form');
    unmount();
    render(<ApplicationNeeds prerequisites={{ ...nothing, courses: [{ name: 'Inclusive Community', description: '' }] }} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Inclusive Community course certificate']);
  });

  it('links the web addresses LFX writes in a requirement, without the sentence’s full stop', () => {
    render(
      <ApplicationNeeds
        prerequisites={{
          ...nothing,
          courses: [{ name: 'Inclusive Community', description: 'Take the course: https://training.linuxfoundation.org/training/lfc102/. Then upload it.' }],
        }}
      />,
    );
    const link = screen.getByRole('link');
    expect(link.getAttribute('href')).toBe('https://training.linuxfoundation.org/training/lfc102/');
    expect(link.textContent).toBe('training.linuxfoundation.org/training/lfc102/');
    expect(screen.getByRole('listitem').textContent).toBe(
      'Inclusive Community course certificate: Take the course: training.linuxfoundation.org/training/lfc102/. Then upload it.',
    );
  });
});
