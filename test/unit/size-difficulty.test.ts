import { describe, expect, it } from 'vitest';
import { difficultyLevel, sizeHours } from '../../src/ingest/normalise/size-difficulty.ts';
import { applicationNeeds, facetValuesOf } from '../../src/search/facet-values.ts';
import { byTitle, indexFixture } from './helpers.ts';

describe('project size and difficulty as facet values', () => {
  it('reads hours however they are written, hours before size words', () => {
    expect(['350 Hours', '350h', 'Large (350 hour project)', '350', '# Large (~350 hours)'].map(sizeHours)).toEqual([[350], [350], [350], [350], [350]]);
    expect(['175', '175 hrs', 'medium (~175 hour projects)', 'Medium', 'large (~175 hour projects)'].map(sizeHours)).toEqual([
      [175],
      [175],
      [175],
      [175],
      [175],
    ]);
    expect(sizeHours('small (~90 hours)')).toEqual([90]);
    expect(sizeHours('175h for API only, 350h for API + sample backend')).toEqual([175, 350]);
    expect(sizeHours('about three months')).toEqual([]);
    expect(sizeHours('1750 lines')).toEqual([]);
  });

  it('normalises difficulty to Easy, Medium or Hard', () => {
    expect(['Medium', 'medium', 'Intermediate', 'Hard', 'advanced', 'Easy', 'beginner friendly'].map(difficultyLevel)).toEqual([
      'Medium',
      'Medium',
      'Medium',
      'Hard',
      'Hard',
      'Easy',
      'Easy',
    ]);
    expect(difficultyLevel('depends')).toBeUndefined();
  });

  it('are written into the index beside the text as written', () => {
    const idea = byTitle(indexFixture('label-variants.md'), 'Every label spelling');
    expect(idea).toMatchObject({ size: '175 hours', sizeHours: [175], difficulty: 'Medium', difficultyLevel: 'Medium' });
    expect(facetValuesOf(idea, 'size')).toEqual(['175']);
    expect(facetValuesOf(idea, 'difficulty')).toEqual(['Medium']);
  });

  it('turn application prerequisites into "needs" values', () => {
    const idea = byTitle(indexFixture('label-variants.md'), 'Every label spelling');
    expect(applicationNeeds(idea)).toEqual([]);
    const withNeeds = {
      ...idea,
      prerequisites: {
        resume: true,
        coverLetter: true,
        codingChallenge: false,
        schoolEnrollment: false,
        participationPermission: true,
        custom: [{ name: 'Project Proposal', description: '' }],
      },
    };
    expect(applicationNeeds(withNeeds)).toEqual(['resume', 'cover-letter', 'participation-permission', 'custom']);
  });
});
