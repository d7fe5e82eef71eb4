// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FilterDrawer } from '../../src/components/FilterDrawer.tsx';

afterEach(cleanup);

beforeAll(() => {
  // jsdom has <dialog> without its modal methods: enough of them for open and close.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  };
});

describe('FilterDrawer (the facets on small screens)', () => {
  it('renders its facets only while open, so closed it costs nothing per keystroke', () => {
    render(
      <FilterDrawer selectedCount={2} total={40}>
        <p>the facets</p>
      </FilterDrawer>,
    );
    expect(screen.queryByText('the facets')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Filters (2)' }));
    expect(screen.getByText('the facets')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 40 ideas' }));
    expect(screen.queryByText('the facets')).toBeNull();
  });
});
