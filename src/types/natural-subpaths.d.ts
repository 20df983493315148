// The two functions of `natural` that identity resolution uses, imported by file: the package's
// index loads every module of the library (about 3 s), these two files load in milliseconds.
declare module 'natural/lib/natural/distance/jaro-winkler_distance' {
  function JaroWinklerDistance(s1: string, s2: string, options?: { ignoreCase?: boolean }): number;
  export = JaroWinklerDistance;
}

declare module 'natural/lib/natural/phonetics/double_metaphone' {
  class DoubleMetaphone {
    process(word: string, maxLength?: number): [string, string];
  }
  export = DoubleMetaphone;
}
