import { quotesOf } from './quotes-helpers';

const TITLE = 'Harbour news\n';
const speakers = (text: string, specs: Parameters<typeof quotesOf>[1] = []): string[] =>
  quotesOf(TITLE + text, specs).map((q) => q.speaker.name);

describe('extractQuotes: speakers', () => {
  it('resolves a pronoun to the person named before', () => {
    const text = 'Maria Lopez visited the docks on Monday. “We will need twice as many cranes,” she said.';
    expect(speakers(text, [{ name: 'Maria Lopez' }])).toEqual(['Maria Lopez']);
  });

  it('resolves a pronoun to the last person quoted rather than a person named in passing', () => {
    const text =
      'Tomas Varga said on Monday that Anna Berg was “ready to lead the new port council”. ' +
      '“We cannot wait for another winter to pass,” he said.';
    expect(speakers(text, [{ name: 'Tomas Varga' }, { name: 'Anna Berg' }])).toEqual([
      'Tomas Varga',
      'Tomas Varga',
    ]);
  });

  it('resolves a pronoun opening a paragraph to the person the sentence before opens with', () => {
    const text =
      'Analyst Tomas Varga said the cranes were old. “The port must buy new ones,” he said.\n\n' +
      'The council met on Tuesday.\n\nMaria Lopez on Wednesday called for the port to be “rebuilt.”\n\n' +
      '“It does not matter who pays for it,” she said.';
    expect(
      speakers(text, [
        { name: 'Tomas Varga', forms: ['Tomas Varga'] },
        { name: 'Maria Lopez', forms: ['Maria Lopez'] },
      ]).at(-1),
    ).toBe('Maria Lopez');
  });

  it('resolves a surname to the full name of the entity', () => {
    const text = 'Maria Lopez arrived. “The docks must stay open around the clock,” Lopez said.';
    expect(speakers(text, [{ name: 'Maria Lopez', forms: ['Lopez'] }])).toEqual(['Maria Lopez']);
  });

  it('resolves a role to the person the article gives that role', () => {
    const text = 'The harbour’s director has warned that the port will close for a week.';
    const director = { name: 'Anna Berg', roles: [{ title: 'director', of: 'harbour' }] };
    expect(speakers(text, [director])).toEqual(['Anna Berg']);
  });

  it('keeps a people named by a plural demonym as the speaker, not its country', () => {
    const text =
      'Chileans often say that the desert is older than the sea. The Peruvians said the border should stay open.';
    const countries = [
      { name: 'Chile', type: 'Location' as const, forms: ['Chileans'] },
      { name: 'Peru', type: 'Location' as const, forms: ['Peruvians'] },
    ];
    expect(speakers(text, countries)).toEqual(['Chileans', 'The Peruvians']);
  });

  it('gives "The Committee" the whole name it opens ("The Committee for a … reported")', () => {
    const text =
      'The Committee for a Fair Harbour Tax reported that the new fees would cost shippers millions.';
    const committee = { name: 'Committee for a Fair Harbour Tax', type: 'Organization' as const };
    expect(speakers(text, [committee])).toEqual(['Committee for a Fair Harbour Tax']);
  });

  it('does not give "the state" to the holder of a title whose complement is "State"', () => {
    const text =
      'Oregon Secretary of State Lena Ortiz defended the new rolls. Critics recall 2004, when the state ' +
      'wrongly stated that about 9,000 voters had moved away. The secretary of state said that the rolls were clean.';
    expect(speakers(text, [{ name: 'Lena Ortiz', roles: [{ title: 'Secretary of State' }] }])).toEqual([
      'the state',
      'Lena Ortiz',
    ]);
  });

  it('keeps the head of a description before a relative clause without "who" ("the experts I asked")', () => {
    const text =
      'On balance, all the economists I interviewed said the harbour levy was fair. ' +
      'The officials we interviewed said the ferry was late again.';
    expect(speakers(text)).toEqual(['all the economists', 'The officials']);
  });

  it('keeps a headline speaker written as an organisation and a role ("Former Harbour Board Doctor Says")', () => {
    const text =
      'Mayor Hid Illness From Voters, Former Harbour Board Doctor Says\nThe Harbour Board met on Monday.';
    const board = { name: 'Harbour Board', type: 'Organization' as const };
    expect(quotesOf(text, [board]).map((q) => q.speaker.name)).toEqual(['Former Harbour Board Doctor']);
  });

  it('takes no name for a description from the title-cased run after its head in the headline', () => {
    const text =
      'Popular Website Shows Bias On Harbour Fees\nThe website noted that both mayors were citing studies of the port budget.';
    const names = quotesOf(text).map((q) => q.speaker.name);
    expect(names).toHaveLength(1);
    expect(names).not.toContain('Shows Bias On');
  });

  it('resolves "the commission" to the named commission', () => {
    const text =
      'The Maritime Commission met on Monday. “All tankers must carry new insurance papers,” the commission said.';
    expect(speakers(text)).toEqual(['Maritime Commission']);
  });

  it('keeps the whole name of an organization whose name holds an organization word', () => {
    const text = '“Spending on the port rose by a third,” the Harbour Accountability Office said.';
    expect(speakers(text)).toEqual(['Harbour Accountability Office']);
  });

  it('keeps an unnamed source as its description', () => {
    const text =
      '“The talks are going nowhere,” said a senior European diplomat involved in the negotiations.';
    expect(speakers(text)).toEqual(['a senior European diplomat']);
  });

  it('does not give a role of one party to a description of the other', () => {
    const text =
      'Republican nominee Tomas Varga spoke first. Democratic vice nominee Anna Berg followed. ' +
      'The Democratic nominee said the ferries should be free for children.';
    const varga = { name: 'Tomas Varga', roles: [{ title: 'nominee', of: 'Republican' }] };
    const berg = { name: 'Anna Berg', roles: [{ title: 'vice nominee', of: 'Democratic' }] };
    expect(speakers(text, [varga, berg])).toEqual(['The Democratic nominee']);
  });

  it('names the speaker, not the addressee, of "…, told X"', () => {
    const text = 'Anna Berg, who knew the talks would fail, told her advisers to find another port.';
    expect(speakers(text, [{ name: 'Anna Berg' }])).toEqual([]);
  });

  it('resolves a relative pronoun to the name before it', () => {
    const text = 'Anna Berg, who runs the ferry line, said the boats would stop in winter.';
    expect(speakers(text, [{ name: 'Anna Berg' }])).toEqual(['Anna Berg']);
  });

  it('leaves out a quote whose pronoun refers to no one named', () => {
    const text = '“The ferries will stop in winter,” she said.';
    expect(speakers(text)).toEqual([]);
  });

  it('keeps the role beside the name and the span of the name', () => {
    const [q] = quotesOf(`${TITLE}“The port is safe,” Harbour Minister Tomas Varga said.`);
    expect(q.speaker.name).toBe('Tomas Varga');
    expect(q.speaker.role).toBe('Harbour Minister');
    expect(q.speaker.span?.text).toBe('Tomas Varga');
  });

  it('names the person at the end of a description, not the description', () => {
    const text =
      'The head of Chilean diplomacy Ana Rojas said that the talks on the harbour had failed. ' +
      'The commander of the armed forces of Peru General Pablo Soto said that the troops would stay.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, { name: 'Pablo Soto' }])).toEqual([
      'Ana Rojas',
      'Pablo Soto',
    ]);
  });

  it('keeps a description whose named person is only its object', () => {
    const text = 'A spokeswoman for Ana Rojas said that the minister would not attend the harbour talks.';
    expect(speakers(text, [{ name: 'Ana Rojas' }])).toEqual(['A spokeswoman for Ana Rojas']);
  });

  it('resolves "the ministry" to the ministry named before, and "the command" to its earlier description', () => {
    const text =
      'Exports of drones will need a licence from May, the Ministry of Trade said on Monday. ' +
      'Licences will go only to firms with a clean record, according to the ministry. ' +
      'Two rockets hit the village of Brovar overnight, Chile’s western naval command said on Monday. ' +
      'The command added that a warehouse was hit but nobody was hurt.';
    expect(speakers(text, [{ name: 'Ministry of Trade', type: 'Organization' }])).toEqual([
      'Ministry of Trade',
      'Ministry of Trade',
      'Chile’s western naval command',
      'Chile’s western naval command',
    ]);
  });

  it('resolves "the ministry" to the latest "Ministry of X" speaker, not an earlier "X ministry"', () => {
    const text =
      'Chile’s transport ministry said the port of Arica would reopen on Monday. ' +
      'Norway’s Ministry of Trade said on Tuesday that exports of salmon had fallen sharply. ' +
      '“Prices will stay high for the rest of the winter,” the ministry said.';
    expect(speakers(text, [{ name: 'Ministry of Trade', type: 'Organization' }])).toEqual([
      'Chile’s transport ministry',
      'Ministry of Trade',
      'Ministry of Trade',
    ]);
  });

  it('takes the name before an apposition holding a clause, not the object of that clause', () => {
    const text =
      'Lena Ortiz, a port historian who has grown more critical since the flood, wrote on Tuesday ' +
      'that the old harbour wall along the eastern quay posed a “real, and not just theoretical risk”.';
    expect(speakers(text, [{ name: 'Lena Ortiz' }])).toEqual(['Lena Ortiz', 'Lena Ortiz']);
  });

  it('takes "X’s military command" after a quotation for its speaker', () => {
    const text =
      '“The enemy is moving more boats along the coast every night,” Chile’s northern military command said of the situation.';
    expect(speakers(text)).toEqual(['Chile’s northern military command']);
  });

  it('keeps the whole name of an organization that holds a role word', () => {
    const text =
      'The Danish Defence Research Agency said in a report that the harbour would need new cranes.';
    expect(speakers(text, [{ name: 'Danish Defence Research Agency', type: 'Organization' }])).toEqual([
      'Danish Defence Research Agency',
    ]);
  });

  it('resolves a described role to the person named as subject of the sentence before or after', () => {
    const text =
      'Pablo Soto has warned that the harbour faces a long winter. ' +
      'The Chilean president said that the port would stay open all year. ' +
      'The Peruvian ambassador to the United Nations said on Friday that the talks would resume. ' +
      'Ana Rojas told the council that the signs were good.';
    expect(speakers(text, [{ name: 'Pablo Soto' }, { name: 'Ana Rojas' }])).toEqual([
      'Pablo Soto',
      'Pablo Soto',
      'Ana Rojas',
      'Ana Rojas',
    ]);
  });

  it('keeps a described role when the article names nobody for it', () => {
    const text = 'The harbour was closed. The Chilean president said that the port would stay open all year.';
    expect(speakers(text)).toEqual(['The Chilean president']);
  });

  it('resolves "X’s top official" to the person holding a title of X', () => {
    const text =
      'The Harbour League’s top official has said that the cranes were sabotaged. ' +
      '“All evidence points to sabotage,” Harbour League Secretary-General Lars Holm said.';
    const holm = { name: 'Lars Holm', roles: [{ title: 'secretary-general', of: 'Harbour League' }] };
    expect(speakers(text, [{ name: 'Harbour League', type: 'Organization' }, holm])).toEqual([
      'Lars Holm',
      'Lars Holm',
    ]);
  });

  it('resolves a described role to the person named in apposition after it', () => {
    const text =
      '“Outrageous,” tweeted the Chilean ambassador to Lima, Ana Rojas. ' +
      '“Peru shelled the port of Callao a day after signing the grain deal.”';
    expect(speakers(text, [{ name: 'Ana Rojas' }])).toEqual(['Ana Rojas']);
  });

  it('resolves "it said" to the body that spoke in the sentence before, not to a place in the quote', () => {
    const text =
      'Tver city council said about 2,000 residents were left without heating after the storm. ' +
      'Chile was to blame for the shortage of spare parts, it said.';
    expect(speakers(text, [{ name: 'Chile', type: 'Location' }])).toEqual([
      'Tver city council',
      'Tver city council',
    ]);
  });

  it('resolves "the statement" to whoever said it in a statement', () => {
    const text =
      'Lima summoned the envoy in protest, the Chilean Foreign Ministry said in a statement on Monday. ' +
      '“The envoy was told that the remarks were hostile and unacceptable,” the statement continued.';
    const ministry = { name: 'Chilean Foreign Ministry', type: 'Organization' as const };
    expect(speakers(text, [ministry, { name: 'Lima', type: 'Location' }])).toEqual([
      'Chilean Foreign Ministry',
      'Chilean Foreign Ministry',
    ]);
  });

  it('resolves "a report from X" to X, and keeps "the statement" that no speaker issued', () => {
    const text =
      'A new report from Harbourwatch said the cranes had not been inspected for years. ' +
      'The council met on Friday. The statement said that the port would stay closed for weeks.';
    expect(speakers(text)).toEqual(['Harbourwatch', 'The statement']);
  });

  it('names "her office" after the person who opened the sentence before, and keeps "his lawyer"', () => {
    const text =
      'The mayor of Lima, Ana Rojas, joined a call with a man she said looked like Tomas Varga. ' +
      '“There were no signs that the call was held with an impostor,” her office said. ' +
      'Pablo Soto was held in contempt. His lawyer said that he would not answer any questions.';
    expect(speakers(text, [{ name: 'Ana Rojas' }, { name: 'Tomas Varga' }, { name: 'Pablo Soto' }])).toEqual([
      'Ana Rojas’s office',
      'His lawyer',
    ]);
  });

  it('keeps a service described by a demonym whole, and names a news agency', () => {
    const text =
      '“The strike is directly linked to efforts in Lima,” the Chilean intelligence service said. ' +
      '“The strike was carried out at dawn by drones,” the Harbourwire news agency said.';
    expect(speakers(text, [{ name: 'Chile', type: 'Location', forms: ['Chilean'] }])).toEqual([
      'the Chilean intelligence service',
      'Harbourwire',
    ]);
  });

  it('resolves "the Institute" to the organisation named before that holds the word', () => {
    const text =
      'The Chilean Institute of Research on Coastal Defence published a study on Monday. ' +
      '“The port cannot hold without new cranes and more staff,” the Institute said.';
    const institute = {
      name: 'Chilean Institute of Research on Coastal Defence',
      type: 'Organization' as const,
    };
    expect(speakers(text, [institute])).toEqual(['Chilean Institute of Research on Coastal Defence']);
  });
});
