import { articleBodyHash } from '../../../src/publications/article-body-hash';
import {
  planPublications,
  type PublicationInput,
  type StoredPublication,
} from '../../../src/publications/plan-publications';

const input = (
  id: string,
  bodyHash: string,
  publishedAt: string | null,
  sha256 = `${id}@${bodyHash}`,
): PublicationInput => ({
  id,
  sha256,
  bodyHash,
  publishedAt,
});
const stored = (p: PublicationInput, article: string | null): StoredPublication => ({ ...p, article });

describe('articleBodyHash', () => {
  it('is the same for one body with other whitespace or another headline, and differs for another body', () => {
    const a = articleBodyHash({ text: 'Harbour opens\n\nThe new harbour  opened on Monday.\nShips came.' });
    expect(
      articleBodyHash({ text: 'Harbour opens today\n\nThe new harbour opened on Monday. Ships came.' }),
    ).toBe(a);
    expect(
      articleBodyHash({ text: 'Harbour opens\n\nThe new harbour opened on Tuesday. Ships came.' }),
    ).not.toBe(a);
  });

  it('keys an article that is only a title by its title', () => {
    expect(articleBodyHash({ text: 'Floods in the valley' })).not.toBe(
      articleBodyHash({ text: 'Fire in the hills' }),
    );
  });
});

describe('planPublications', () => {
  const early = input('b/late-name.txt#0', 'B', '2024-05-01T08:00:00Z');
  const late = input('a/early-name.txt#0', 'B', '2024-05-01T18:00:00Z');

  it('extracts only the earliest of two copies in one group, and links both to it', () => {
    const plan = planPublications([late, early], []);
    expect(plan).toMatchObject({
      unchanged: [],
      changed: [late.id, early.id],
      extract: [early.id],
      deleteArticles: [],
      bodies: [{ bodyHash: 'B', article: early.id }],
    });
  });

  it('gives the same first copy in both load orders: a later copy only records itself', () => {
    const plan = planPublications([late], [stored(early, early.id)]);
    expect(plan).toMatchObject({
      extract: [],
      deleteArticles: [],
      bodies: [{ bodyHash: 'B', article: early.id }],
    });
  });

  it('swaps the first copy when an earlier copy comes later: the old article goes, the new one is extracted', () => {
    const plan = planPublications([early], [stored(late, late.id)]);
    expect(plan).toMatchObject({
      extract: [early.id],
      deleteArticles: [late.id],
      bodies: [{ bodyHash: 'B', article: early.id }],
    });
  });

  it('breaks a tie of dates by id, and puts unknown dates last', () => {
    const x = input('x#0', 'C', '2024-01-01');
    const y = input('y#0', 'C', '2024-01-01');
    const undated = input('a#0', 'C', null);
    expect(planPublications([y, undated, x], []).extract).toEqual(['x#0']);
  });

  it('skips an unchanged input before anything else', () => {
    const plan = planPublications([early], [stored(early, early.id)]);
    expect(plan).toEqual({
      unchanged: [early.id],
      changed: [],
      extract: [],
      deleteArticles: [],
      pending: [],
      bodies: [],
    });
  });

  it('a changed file replaces its article, and its old body goes when no copy is left', () => {
    const edited = input(early.id, 'D', early.publishedAt);
    const plan = planPublications([edited], [stored(early, early.id)]);
    expect(plan).toMatchObject({
      extract: [early.id],
      deleteArticles: [early.id],
      pending: [],
      bodies: [
        { bodyHash: 'B', article: null },
        { bodyHash: 'D', article: early.id },
      ],
    });
  });

  it('when the first copy changes, the stored copies become pending and the old article goes', () => {
    const edited = input(early.id, 'D', early.publishedAt);
    const plan = planPublications([edited], [stored(early, early.id), stored(late, early.id)]);
    expect(plan.deleteArticles).toEqual([early.id]);
    expect(plan.pending).toEqual([late.id]);
    expect(plan.bodies).toContainEqual({ bodyHash: 'B', article: null });
  });

  it('a later copy that changes leaves the article of its old body alone', () => {
    const edited = input(late.id, 'D', late.publishedAt);
    const plan = planPublications([edited], [stored(early, early.id), stored(late, early.id)]);
    expect(plan).toMatchObject({ extract: [late.id], deleteArticles: [], pending: [] });
    expect(plan.bodies).toEqual([
      { bodyHash: 'B', article: early.id },
      { bodyHash: 'D', article: late.id },
    ]);
  });
});
