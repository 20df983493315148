import { loadGazetteer } from '../../../src/entities/gazetteer';

describe('loadGazetteer', () => {
  const gaz = loadGazetteer();

  it('loads once', () => {
    expect(loadGazetteer()).toBe(gaz);
  });

  it('knows countries by name, official name and demonym', () => {
    expect(gaz.countries.get('ukraine')?.countryCode).toBe('UA');
    expect(gaz.countries.get('russian federation')?.countryCode).toBe('RU');
    expect(gaz.demonyms.get('georgians')?.countryCode).toBe('GE');
  });

  it('ranks a capital before towns of the same name elsewhere', () => {
    const london = gaz.places.get('london') ?? [];
    expect(london[0]).toMatchObject({ countryCode: 'GB', capital: true });
    expect(london.length).toBeGreaterThan(1);
  });

  it('finds regions by name without their suffix', () => {
    expect((gaz.regionBases.get('kursk') ?? []).some((p) => p.countryCode === 'RU')).toBe(true);
  });
});
