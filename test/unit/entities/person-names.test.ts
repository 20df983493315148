import {
  personName,
  sameFullName,
  sameGivenName,
  sameSurname,
  foldSpelling,
} from '../../../src/entities/person-names';
import { normaliseName } from '../../../src/entities/normalise-name';

describe('personName', () => {
  it.each([
    ['anna kovalenko', 'anna', [], 'kovalenko'],
    ['ivan petrovich sidorenko', 'ivan', ['petrovich'], 'sidorenko'],
    ['kovalenko', undefined, [], 'kovalenko'],
    ['mr kovalenko', undefined, [], 'kovalenko'],
    ['president anna kovalenko', 'anna', [], 'kovalenko'],
    ['al rahimi', undefined, [], 'rahimi'],
  ])('%s → given %s, middle %j, surname %s', (key, given, middle, surname) => {
    expect(personName(key)).toMatchObject({ given, middle, surname });
  });
});

describe('spelling variants', () => {
  it.each([
    ['zelvensky', 'zelvenskyy'],
    ['zelvenskiy', 'zelvenskyy'],
    ['haidamak', 'gaidamak'],
    ['petrow', 'petrov'],
    ['kouzmenko', 'kuzmenko'],
    // Polish spellings: sz/cz for sh/ch, w for v; the Belarusian ending -enka for -enko.
    ['boryszenko', 'boryshenko'],
    ['hrebenczuk', 'hrebenchuk'],
    ['tarasenka', 'tarasenko'],
  ])('%s and %s are one surname', (a, b) => {
    expect(foldSpelling(a) === foldSpelling(b) || sameSurname(a, b)).toBe(true);
  });

  it.each([
    ['ivanov', 'ivanova'],
    ['petrenko', 'pavlenko'],
    ['smith', 'smyth-jones'],
  ])('%s and %s are two surnames', (a, b) => {
    expect(sameSurname(a, b)).toBe(false);
  });

  it.each([
    ['sergei', 'sergey'],
    ['dmytro', 'dmitry'],
    ['antony', 'anthony'],
    ['oleksandr', 'aleksandr'],
    // ks and x, and a typo one letter away ("Alaxandr").
    ['maksim', 'maxim'],
    ['alaxandr', 'aleksandr'],
  ])('%s and %s are one given name', (a, b) => {
    expect(sameGivenName(a, b)).toBe(true);
  });

  it.each([
    ['joe', 'jill'],
    ['hunter', 'harold'],
    ['j', 'joe'],
  ])('%s and %s are two given names', (a, b) => {
    expect(sameGivenName(a, b)).toBe(false);
  });

  it('letters NFKD keeps are folded in keys: "Ł" is "L", so a Polish spelling meets the English one', () => {
    expect(normaliseName('Bogdan Łaszczenko')).toBe('bogdan laszczenko');
    expect(normaliseName('Søren Æbeltoft-Straß')).toBe('soren aebeltoft strass');
    expect(
      sameFullName(personName(normaliseName('Bohdan Łaszczenka')), personName('bohdan lashchenko')),
    ).toBe(true);
  });

  it('a middle name on one side only does not keep two full names apart; different ones do', () => {
    expect(sameFullName(personName('ivan petrovich sidorenko'), personName('ivan sidorenko'))).toBe(true);
    expect(sameFullName(personName('ivan petrovich sidorenko'), personName('ivan markovich sidorenko'))).toBe(
      false,
    );
  });
});
