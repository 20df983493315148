import {
  findDuplicateArticles,
  normaliseBody,
  type ArticleNode,
  type InputArticle,
} from '../../../../tools/graph/duplicate-articles';

const article = (id: string, title: string, body: string, source = `${id}.txt`): InputArticle => ({
  id,
  source,
  title,
  text: `${title}\n\n${body}`,
});
const stored = (id: string, extra: Partial<ArticleNode> = {}): ArticleNode => ({
  id,
  source: null,
  title: null,
  listed: [],
  ...extra,
});

describe('normaliseBody', () => {
  it('leaves the title line out and folds whitespace', () => {
    expect(normaliseBody('Headline\n\nFirst  line.\n\tSecond line. ', 'Headline')).toBe(
      'First line. Second line.',
    );
  });

  it('keeps the whole text of an article that is only its title', () => {
    expect(normaliseBody('Only a headline ', 'Only a headline')).toBe('Only a headline');
  });

  it('keeps the first line when it is not the title', () => {
    expect(normaliseBody('Opening line\nmore', 'Another title')).toBe('Opening line more');
  });
});

describe('findDuplicateArticles', () => {
  const inputs = [
    article('a#0', 'Storm hits coast', 'The storm reached the coast on Monday.'),
    article('b#0', 'Storm hits coast', 'The storm  reached the coast\non Monday.'),
    article('c#0', 'Other news', 'Nothing alike.'),
    article('d#0', 'Headline only', ''),
    article('e#0', 'Another headline only', ''),
  ];

  it('counts the extra Article nodes of a republished body', () => {
    const nodes = ['a#0', 'b#0', 'c#0', 'd#0', 'e#0'].map((id) => stored(id));
    const figures = findDuplicateArticles(inputs, nodes);
    expect(figures).toMatchObject({
      inputArticles: 5,
      distinctBodies: 4,
      articleNodes: 5,
      duplicateArticles: 1,
      unmatched: 0,
    });
    expect(figures.groups).toEqual([{ articles: ['a#0', 'b#0'], nodes: ['a#0', 'b#0'] }]);
  });

  it('counts none when the republication was merged into one node that lists it', () => {
    const nodes = [stored('a#0', { listed: ['a#0', 'b#0'] }), stored('c#0'), stored('d#0'), stored('e#0')];
    expect(findDuplicateArticles(inputs, nodes)).toMatchObject({ duplicateArticles: 0, unmatched: 0 });
  });

  it('finds nodes by file and title when their ids changed, and counts inputs found nowhere', () => {
    const nodes = [
      stored('corpus/a.txt#0', { source: 'a#0.txt', title: 'Storm hits coast' }),
      stored('corpus/b.txt#0', { source: 'b#0.txt', title: 'Storm hits coast' }),
    ];
    const figures = findDuplicateArticles(inputs, nodes);
    expect(figures.duplicateArticles).toBe(1);
    expect(figures.unmatched).toBe(3);
  });
});
