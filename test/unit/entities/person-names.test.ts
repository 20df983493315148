import {
  personName,
  sameFullName,
  sameGivenName,
  sameSurname,
  foldSpelling,
} from '../../../src/entities/person-names';

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

  it('a middle name on one side only does not keep two full names apart; different ones do', () => {
    expect(sameFullName(personName('ivan petrovich sidorenko'), personName('ivan sidorenko'))).toBe(true);
    expect(sameFullName(personName('ivan petrovich sidorenko'), personName('ivan markovich sidorenko'))).toBe(
      false,
    );
  });
});
