import { countryCodeOf, placeKey, regionBase } from '../../../src/entities/place-key';

describe('placeKey', () => {
  it.each([
    ['US', 'location:us'],
    ['U.S.', 'location:us'],
    ['USA', 'location:us'],
    ['the United States', 'location:us'],
    ['United States of America', 'location:us'],
    ['America', 'location:us'],
    ['UK', 'location:gb'],
    ['Britain', 'location:gb'],
    ['United Kingdom', 'location:gb'],
    ['Russian Federation', 'location:ru'],
  ])('keys the country %s by its ISO code', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it.each([
    ['Velmarsk region', 'location:velmarsk region'],
    ['Velmarsk Oblast', 'location:velmarsk region'],
    ['the Velmarsk province', 'location:velmarsk region'],
    ['Velmarsk regions', 'location:velmarsk region'],
    ['Velmarsk krai', 'location:velmarsk region'],
  ])('keys the region form %s by its name and "region"', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it('keys a region-only name with a suffix word as the region itself ("Crimea region")', () => {
    expect(placeKey('Crimea region')).toBe(placeKey('Crimea'));
  });

  it('keeps other suffix words apart ("X district", "X republic") and applies curated spellings', () => {
    expect(placeKey('Velmarsk district')).toBe('location:velmarsk district');
    expect(placeKey('Velmarsk Republic')).toBe('location:velmarsk republic');
    expect(placeKey('Kiev')).toBe('location:kyiv');
  });
});

describe('regionBase and countryCodeOf', () => {
  it('strip the suffix word and tell countries', () => {
    expect(regionBase('the Velmarsk Oblast')).toBe('Velmarsk');
    expect(regionBase('Velmarsk')).toBeUndefined();
    expect(countryCodeOf('the U.S.')).toBe('US');
    expect(countryCodeOf('Velmarsk')).toBeUndefined();
  });
});
