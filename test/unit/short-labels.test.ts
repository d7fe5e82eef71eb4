import { describe, expect, it } from 'vitest';
import { shortTermLabel } from '../../src/insights/short-labels.ts';

describe('short term labels for chart axes', () => {
  it('name the LFX term by year and number, GSoC by year', () => {
    expect(shortTermLabel({ termKey: 'lfx-2021-1', program: 'LFX Mentorship', year: 2021 })).toBe('2021 T1');
    expect(shortTermLabel({ termKey: 'gsoc-2022', program: 'Google Summer of Code', year: 2022 })).toBe('GSoC 2022');
    expect(shortTermLabel({ termKey: 'unknown-2019-x', program: 'Unknown program', year: 2019 })).toBe('2019');
  });
});
