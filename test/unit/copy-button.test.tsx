// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '../../src/components/CopyButton.tsx';

const URL = 'https://example.org/?skills=Rust&project=TiKV';
let copiedByFallback: string[];

beforeEach(() => {
  copiedByFallback = [];
  // jsdom has no execCommand; this one records what the hidden textarea held when "copied".
  document.execCommand = vi.fn(() => {
    copiedByFallback.push((document.activeElement as HTMLTextAreaElement | null)?.value ?? '');
    return true;
  });
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const clipboard = (writeText: (text: string) => Promise<void>) => vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });

async function copy() {
  render(<CopyButton label="Copy link" text={() => URL} />);
  screen.getByRole('button', { name: 'Copy link' }).focus();
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
  return screen.findByRole('status');
}

describe('Copy link', () => {
  it('copies with the Clipboard API and confirms', async () => {
    const writeText = vi.fn(async () => {});
    clipboard(writeText);
    const status = await copy();
    await vi.waitFor(() => expect(status.textContent).toBe('Link copied'));
    expect(writeText).toHaveBeenCalledWith(URL);
    expect(copiedByFallback).toEqual([]);
  });

  it('falls back to a hidden text area when the Clipboard API is denied', async () => {
    clipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const status = await copy();
    await vi.waitFor(() => expect(status.textContent).toBe('Link copied'));
    expect(copiedByFallback).toEqual([URL]);
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy link' }));
  });

  it('falls back when there is no Clipboard API at all', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const status = await copy();
    await vi.waitFor(() => expect(status.textContent).toBe('Link copied'));
    expect(copiedByFallback).toEqual([URL]);
  });

  it('shows the link to copy by hand when nothing can copy', async () => {
    clipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    document.execCommand = vi.fn(() => false);
    await copy();
    const field = await screen.findByRole('textbox', { name: /Copy this link/ });
    expect((field as HTMLInputElement).value).toBe(URL);
  });
});
