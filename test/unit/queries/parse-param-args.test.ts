import { parseParamArgs } from '../../../src/queries/parse-param-args';

describe('parseParamArgs (--param key=value)', () => {
  it('splits on the first "=", keeping the rest of the value as it is', () => {
    expect(parseParamArgs(['speaker=Volodymyr Zelenskyy', 'limit=5', "q=a=b 'c'"])).toEqual({
      speaker: 'Volodymyr Zelenskyy',
      limit: '5',
      q: "a=b 'c'",
    });
  });

  it('gives an empty object for no arguments', () => {
    expect(parseParamArgs([])).toEqual({});
  });

  it.each([
    ['speaker', /--param must look like key=value \(for example limit=10\), found "speaker"/],
    ['=5', /found "=5"/],
  ])('rejects %s', (arg, expected) => {
    expect(() => parseParamArgs([arg])).toThrow(expected);
  });

  it('rejects the same key twice', () => {
    expect(() => parseParamArgs(['limit=1', 'limit=2'])).toThrow('--param limit is given twice');
  });
});
