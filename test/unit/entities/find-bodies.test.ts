import { entitiesOf, namedOf } from './helpers';

describe('bodies named by a lower-case head after their owner', () => {
  it.each([
    ['Norway’s defence ministry said the drill was over.', 'Organization:Norway’s defence ministry'],
    ['A Chilean interior ministry official said nothing.', 'Organization:Chilean interior ministry'],
    [
      'The talks were confirmed by the Peruvian prosecutor general’s office.',
      'Organization:Peruvian prosecutor general’s office',
    ],
    [
      'Finland’s northern military command said the border was calm.',
      'Organization:Finland’s northern military command',
    ],
    [
      'Greece’s operational command south wrote on its website.',
      'Organization:Greece’s operational command south',
    ],
    ['He criticised Norway’s embassy in Chile for the post.', 'Organization:Norway’s embassy in Chile'],
    ['The NATO security council met on Monday.', 'Organization:NATO security council'],
    ['Brazil railways said the line was closed.', 'Organization:Brazil railways'],
  ])('%s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('keeps the owning country as a place of its own', () => {
    expect(namedOf('Norway’s defence ministry said the drill was over.')).toContain('Location:Norway');
  });

  it('makes a lone word before a city body a place ("X city council")', () => {
    expect(namedOf('Tarvino city council said 300 residents were evacuated.')).toEqual(
      expect.arrayContaining(['Organization:Tarvino city council', 'Location:Tarvino']),
    );
  });

  it.each([
    'Norway’s military command said the border was calm.',
    'The defence ministry said the drill was over.',
    'A Chilean intelligence service officer said nothing.',
  ])('needs an owner and a word that tells the body apart: %s', (text) => {
    expect(namedOf(text).filter((n) => n.startsWith('Organization:'))).toEqual([]);
  });

  it('joins "defence ministry" and "Ministry of Defence" of one country into one entity', () => {
    const orgs = entitiesOf(
      'Norway’s defence ministry said the drill was over. Norway’s Ministry of Defence later denied it.',
    ).filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].aliases.length + 1).toBe(2);
  });

  it('joins "foreign ministry" and "Ministry of Foreign Affairs" of one country', () => {
    const orgs = entitiesOf(
      'Chile’s foreign ministry said the envoy had left. Chile’s Ministry of Foreign Affairs named a successor.',
    ).filter((e) => e.type === 'Organization');
    expect(orgs).toHaveLength(1);
  });
});

describe('military units named by a name and a unit word', () => {
  it.each([
    ['A blockade by Norway’s North Cape fleet went on.', 'Organization:Norway’s North Cape fleet'],
    ['The base is home to the Chilean Magellan fleet.', 'Organization:Chilean Magellan fleet'],
    ['Fighters of the Varnitsa regiment surrendered.', 'Organization:Varnitsa regiment'],
  ])('%s', (text, expected) => {
    expect(namedOf(text)).toContain(expected);
  });

  it('lets the bare name stand for the unit later in the article', () => {
    const named = namedOf(
      'Fighters of the Kelkka regiment surrendered. A Kelkka soldier spoke to reporters.',
    );
    expect(named).toContain('Organization:Kelkka regiment');
    expect(named.filter((n) => n.includes('Kelkka'))).toHaveLength(1);
  });
});
