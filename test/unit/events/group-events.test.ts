import { attackInterval, eventId, groupEvents, type EventAttack } from '../../../src/events/group-events';

const attack = (
  id: string,
  target: string,
  date: string | null,
  more: Partial<EventAttack> = {},
): EventAttack => ({
  id,
  attacker: 'location:ru',
  target,
  targetRank: 0,
  containers: [],
  ...attackInterval(date, 'day'),
  ...more,
});

describe('attackInterval', () => {
  it('is one day for a day, a week for a bounded phrase, nothing without a day', () => {
    expect(attackInterval('2024-03-04', 'day')).toEqual({ from: '2024-03-04', to: '2024-03-04' });
    expect(attackInterval('2024-03-04', 'range')).toEqual({ from: '2024-03-04', to: '2024-03-10' });
    expect(attackInterval(null, 'month')).toEqual({ from: null, to: null });
  });
});

describe('groupEvents', () => {
  it('joins reports of one attacker on one target on the same day, from any article', () => {
    const groups = groupEvents([
      attack('b.txt#0:a1', 'location:varnitsa', '2024-03-04'),
      attack('a.txt#0:a9', 'location:varnitsa', '2024-03-04'),
      attack('c.txt#0:a1', 'location:varnitsa', '2024-03-05'),
    ]);
    expect(groups).toEqual([['a.txt#0:a9', 'b.txt#0:a1'], ['c.txt#0:a1']]);
    expect(eventId(groups[0])).toBe('event:a.txt#0:a9');
  });

  it('joins a bounded period with a day inside it, and keeps other attackers and undated attacks apart', () => {
    const groups = groupEvents([
      attack('a:1', 'location:varnitsa', '2024-03-04', attackInterval('2024-03-01', 'range')),
      attack('b:1', 'location:varnitsa', '2024-03-04'),
      attack('c:1', 'location:varnitsa', '2024-03-04', { attacker: 'location:ua' }),
      attack('d:1', 'location:varnitsa', null),
      attack('e:1', 'location:varnitsa', null),
    ]);
    expect(groups).toEqual([['a:1', 'b:1'], ['c:1'], ['d:1'], ['e:1']]);
  });

  it('keeps reports of one strike in two datasets apart: datasets are never joined', () => {
    const groups = groupEvents([
      attack('war::a:1', 'location:varnitsa', '2024-03-04', { dataset: 'war' }),
      attack('wire::b:1', 'location:varnitsa', '2024-03-04', { dataset: 'wire' }),
      attack('war::c:1', 'location:varnitsa', '2024-03-04', { dataset: 'war' }),
    ]);
    expect(groups).toEqual([['war::a:1', 'war::c:1'], ['wire::b:1']]);
  });

  it('joins a report on a region with the one strike inside it that day, but not with two', () => {
    const region = attack('r:1', 'location:north region', '2024-03-04', { targetRank: 1 });
    const town = attack('t:1', 'location:lipno', '2024-03-04', { containers: ['location:north region'] });
    const other = attack('o:1', 'location:brody', '2024-03-04', { containers: ['location:north region'] });
    expect(groupEvents([region, town])).toEqual([['r:1', 't:1']]);
    expect(groupEvents([region, town, other])).toEqual([['o:1'], ['r:1'], ['t:1']]);
  });

  it('never chains two strikes through a country-wide report', () => {
    const country = attack('c:1', 'location:ua', '2024-03-04', { targetRank: 2 });
    const a = attack('a:1', 'location:lipno', '2024-03-04', { containers: ['location:ua'] });
    const b = attack('b:1', 'location:brody', '2024-03-04', { containers: ['location:ua'] });
    expect(groupEvents([country, a, b])).toEqual([['a:1'], ['b:1'], ['c:1']]);
    // A region report that joins its town first, then the country report finds one event inside.
    const region = attack('r:1', 'location:north region', '2024-03-04', {
      targetRank: 1,
      containers: ['location:ua'],
    });
    const town = { ...a, containers: ['location:north region', 'location:ua'] };
    expect(groupEvents([country, region, town])).toEqual([['a:1', 'c:1', 'r:1']]);
  });

  it('gives the same events whatever the order of the attacks', () => {
    const attacks = [
      attack('r:1', 'location:north region', '2024-03-04', { targetRank: 1 }),
      attack('t:1', 'location:lipno', '2024-03-04', { containers: ['location:north region'] }),
      attack('t:2', 'location:lipno', '2024-03-04'),
      attack('x:1', 'location:lipno', '2024-03-09'),
    ];
    expect(groupEvents([...attacks].reverse())).toEqual(groupEvents(attacks));
  });
});
