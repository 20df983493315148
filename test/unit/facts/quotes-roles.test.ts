import { quotesOf } from './quotes-helpers';

const TITLE = 'Harbour news\n';
const quotes = (text: string, specs: Parameters<typeof quotesOf>[1] = []) => quotesOf(TITLE + text, specs);
const speakers = (text: string, specs: Parameters<typeof quotesOf>[1] = []): string[] =>
  quotes(text, specs).map((q) => q.speaker.name);

const CHILE = { name: 'Chile', type: 'Location' as const, forms: ['Chilean'], key: 'location:chile' };
const PERU = { name: 'Peru', type: 'Location' as const, forms: ['Peruvian'], key: 'location:peru' };

describe('extractQuotes: the role index', () => {
  it('resolves a described speaker to the person named with that role paragraphs before', () => {
    const text =
      'Ana Rojas, the Chilean president, arrived in the port on Monday.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'Dock workers cleared the quays overnight.\n' +
      '“We will rebuild the breakwater before winter,” the Chilean president said.';
    const q = quotes(text, [{ name: 'Ana Rojas' }, CHILE]);
    expect(q.map((x) => x.speaker.name)).toEqual(['Ana Rojas']);
    expect(q[0].rule).toBe('quote.direct.after+speaker.role-index');
  });

  it('takes the holder whose country fits the description, not another holder of the title', () => {
    const text =
      'Peruvian President Luis Campos and Ana Rojas, the Chilean president, met in the port.\n' +
      'The harbour was closed for two days after the storm.\n' +
      '“The breakwater must be rebuilt before winter,” the Chilean president said.';
    expect(speakers(text, [{ name: 'Luis Campos' }, { name: 'Ana Rojas' }, CHILE, PERU])).toEqual([
      'Ana Rojas',
    ]);
  });

  it('reads "the head of" as the director or chief named with the same body', () => {
    const text =
      'Troop numbers were confirmed by Lisbon.\n' +
      'Marta Sousa, director of the Portuguese foreign intelligence service, briefed ministers on Monday.\n' +
      '“The convoys will reach the border within a week,” said the head of the Portuguese intelligence.';
    const portugal = { name: 'Portugal', type: 'Location' as const, forms: ['Portuguese'] };
    expect(speakers(text, [{ name: 'Marta Sousa' }, portugal])).toEqual(['Marta Sousa']);
  });

  it('takes a holder named after the description when none is named before', () => {
    const text =
      '“The breakwater must be rebuilt before winter,” the Chilean president said on Monday.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'Later, President Ana Rojas of Chile visited the docks.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, CHILE])).toEqual(['Ana Rojas']);
  });

  it('reads a role with a complement before the comma ("its ambassador to Peru, Ana Rojas")', () => {
    const text =
      'Chile’s ambassador to Peru, Ana Rojas, said the talks would go on.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'Dock workers cleared the quays overnight.\n' +
      '“Nobody wants the port closed for longer,” the ambassador continued.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, CHILE, PERU])).toEqual(['Ana Rojas', 'Ana Rojas']);
  });

  it('keeps the description when two people hold roles that fit it', () => {
    const text =
      'Ana Rojas, a Chilean minister, and Luis Campos, a Chilean minister, toured the port.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'Dock workers cleared the quays overnight.\n' +
      '“The breakwater must be rebuilt before winter,” the Chilean minister said.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, { name: 'Luis Campos' }, CHILE])).toEqual([
      'the Chilean minister',
    ]);
  });

  it('does not give a role to the person whose spokesman is named ("Rojas’s spokesman Tomas Varga")', () => {
    const text =
      'President Ana Rojas’s spokesman Tomas Varga met reporters on Monday.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'Dock workers cleared the quays overnight.\n' +
      '“The port will reopen on Friday,” the spokesman said.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, { name: 'Tomas Varga' }])).toEqual(['Tomas Varga']);
  });

  it('names a description by the subject of the next sentence after an opening phrase', () => {
    const text =
      'During the visit, the Chilean president stressed that every port must stay open.\n' +
      'At the same time, Ana Rojas said that the talks would go on.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, CHILE])).toEqual(['Ana Rojas', 'Ana Rojas']);
  });

  it('names a spokesperson of a ministry by the official named in the next sentence', () => {
    const text =
      'Ships were turned back from the port last week, Chile’s transport ministry spokesperson said on Friday. ' +
      'The official, Ana Rojas, stressed the role of the coast guard.';
    expect(speakers(text, [{ name: 'Ana Rojas', roles: [{ title: 'official' }] }, CHILE])).toEqual([
      'Ana Rojas',
    ]);
  });

  it('does not name a description by a next subject whose own role is another one', () => {
    const text =
      'Troops reached the port, where the presidential adviser said they would meet resistance.\n' +
      'Tomas Varga, a former defence minister, said: “The situation is really critical there.”';
    expect(speakers(text, [{ name: 'Tomas Varga' }])).toEqual(['the presidential adviser', 'Tomas Varga']);
  });

  it('gives earlier uses of a description the person it is resolved to later', () => {
    const text =
      '“We will rebuild the breakwater before winter,” said the Chilean president.\n' +
      'The harbour was closed for two days after the storm.\n' +
      'During the visit, the Chilean president stressed that every port must stay open.\n' +
      'At the same time, Ana Rojas said that the talks would go on.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, CHILE])).toEqual(['Ana Rojas', 'Ana Rojas', 'Ana Rojas']);
  });

  it('takes the name that closes a description followed by a time and a place', () => {
    const text =
      '- The port will reopen on Friday - said the head of the Harbour Council Ana Rojas yesterday in the Senate.';
    const q = quotes(text, [{ name: 'Ana Rojas' }, { name: 'Harbour Council', type: 'Organization' }]);
    expect(q.map((x) => x.speaker.name)).toEqual(['Ana Rojas']);
  });
});
