// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { feedHref, SubscribeLink } from '../../src/components/FeedLinks.tsx';
import { feedPath } from '../../src/model/feeds.ts';

afterEach(cleanup);

const alternates = () =>
  [...document.head.querySelectorAll('link[rel="alternate"]')].map((l) => ({
    type: l.getAttribute('type'),
    title: l.getAttribute('title'),
    href: l.getAttribute('href'),
  }));

describe('SubscribeLink', () => {
  it('shows a "Subscribe" link to the feed under the base path, named for what it holds', () => {
    render(<SubscribeLink href={feedPath('project', 'jaeger')} title="Jaeger ideas" />);
    const link = screen.getByRole('link', { name: 'Subscribe to Jaeger ideas (Atom feed)' });
    expect(link.textContent).toMatch(/^Subscribe/);
    expect(link.getAttribute('href')).toBe(`${import.meta.env.BASE_URL}feeds/projects/jaeger.xml`);
    expect(link.getAttribute('type')).toBe('application/atom+xml');
  });

  it('announces the feed in the head while shown, and only then', () => {
    const { rerender, unmount } = render(<SubscribeLink href={feedPath('ideas')} title="all ideas" />);
    expect(alternates()).toEqual([{ type: 'application/atom+xml', title: 'all ideas', href: `${import.meta.env.BASE_URL}feeds/ideas.xml` }]);
    rerender(<SubscribeLink href={feedPath('skill', 'go')} title="Go ideas" />);
    expect(alternates()).toEqual([{ type: 'application/atom+xml', title: 'Go ideas', href: `${import.meta.env.BASE_URL}feeds/skills/go.xml` }]);
    unmount();
    expect(alternates()).toEqual([]);
  });

  it('keeps absolute addresses as given', () => {
    expect(feedHref('https://example.org/feed.xml')).toBe('https://example.org/feed.xml');
    expect(feedHref('/other/feed.xml')).toBe('/other/feed.xml');
    expect(feedHref('feeds/ideas.xml')).toBe(`${import.meta.env.BASE_URL}feeds/ideas.xml`);
  });
});
