import { removeFurniture } from '../../../src/ingest/remove-furniture';

const body = 'The council met on Tuesday to discuss the new budget for the harbour district.';

describe('removeFurniture', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Continue Reading',
    'Story continues below advertisement',
    'Click to comment',
    'CLICK HERE TO GET THE NEWS APP',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Share this article',
    'Connect with us',
    'Follow us on social media',
    'Stay informed with free updates',
    'Sign up for our morning newsletter',
    'We use cookies to improve your experience. Accept all cookies',
    'Photo: Jane Roe/Getty Images',
    'Photograph: Press Office',
    'Sam Doe/Agency Press/Getty Images',
    'hide caption',
    'toggle caption',
    '- list 2 of 5A teaser headline about another story',
    'end of list',
    '5 min read',
    '***',
    'Metro TV —',
    'See the video of the storm over the bay',
    'Watch the footage: divers reach the wreck',
    'JOIN US ON TELEGRAM! Follow our coverage of the harbour.',
    'Harbour Wire contributed to this report',
    'Metro News’ Sam Doe and Ana Roe contributed reporting.',
    'With Harbour Wire, the Coast Press and AFP',
    'Other Topics of Interest Mayor: New Bridge Will Open in May The mayor said the bridge is ready.',
    'MAYOR OPENS NEW BRIDGE AS FLOODS HIT THE VALLEY AGAIN',
  ])('drops the furniture line %p', (line) => {
    expect(removeFurniture([body, '', line, '', body])).toEqual([body, '', body]);
  });

  it('drops a teaser block heading with the headlines under it, and keeps the prose after it', () => {
    const lines = [
      body,
      '',
      'Related News',
      'Mayor opens new bridge',
      'Floods hit the valley again',
      '',
      body,
    ];
    expect(removeFurniture(lines)).toEqual([body, '', body]);
  });

  it('drops a trending block at the end of the page', () => {
    expect(removeFurniture([body, 'Trending', 'Ten things to know today'])).toEqual([body]);
  });

  it('drops "Published" and "on" lines', () => {
    expect(removeFurniture(['Published', '', 'on', '', body])).toEqual([body]);
  });

  it('drops runs of teasers cut short with an ellipsis but keeps a single one', () => {
    expect(
      removeFurniture([body, 'A ship carrying grain left the port of…', 'Farmers in the north say the…']),
    ).toEqual([body]);
    expect(removeFurniture([body, 'He paused and then said…'])).toEqual([body, 'He paused and then said…']);
  });

  it('keeps a headline in capitals on the first line, and prose that opens with "With"', () => {
    const lines = ['MAYOR OPENS NEW BRIDGE', '', 'With the new bridge, the ferry will stop running.', body];
    expect(removeFurniture(lines)).toEqual(lines);
  });

  it('keeps prose, subheadings and captions, and strips a credit at the end of a caption', () => {
    const lines = [
      'The fight for the harbour',
      'A crane stands idle at the port. Photograph: Sam Doe/Agency',
      'The mayor greets residents (Sam Doe/AP)',
      'Shares in the company rose 5% after the news.',
    ];
    expect(removeFurniture(lines)).toEqual([
      'The fight for the harbour',
      'A crane stands idle at the port.',
      'The mayor greets residents',
      'Shares in the company rose 5% after the news.',
    ]);
  });
});
