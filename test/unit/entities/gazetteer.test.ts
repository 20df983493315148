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

  it("gives a country GeoNames' point, not world-countries' rounded one", () => {
    // GeoNames' United States (PCLI) stands at 39.76, -98.5; world-countries says 38, -97.
    expect(gaz.countryByCode.get('US')?.point).toEqual({ latitude: 39.76, longitude: -98.5 });
    expect(gaz.countries.get('united kingdom')?.point).toEqual({ latitude: 54.75844, longitude: -2.69531 });
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
