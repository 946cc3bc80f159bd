import { creditCodeCheckCharacter, creditCodeProblem, normalizeCreditCode } from '../../subgraphs/kit/city/credit-code';
import demo from '../../subgraphs/organizations/data/demo.json';

describe('GB 32100 unified social credit code', () => {
  test.each([
    ['91350100M000100Y43', "the example printed in the standard's guidance"],
    ['91110000600037341L', 'a published enterprise code ending in a letter'],
    // Worked by hand: the weighted sum of the first 17 is 1179 = 38 x 31 + 1, so the check is 31 - 1 = 30, "Y".
    ['91510100MA6100007Y', 'a check character of value 30 (the last of the alphabet)'],
    ['91510100MA61000170', 'a check character of value 0 (31 - 0 wraps to 0)'],
  ])('%s is valid (%s)', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  test('every demo organization carries a valid code, and no two share one', () => {
    const codes = demo.organizations.map((o) => o.creditCode);
    for (const code of codes) expect([code, creditCodeProblem(code)]).toEqual([code, null]);
    expect(new Set(codes).size).toBe(codes.length);
  });

  test('a mistyped character anywhere is caught by the check character', () => {
    const code = '91350100M000100Y43';
    for (let i = 0; i < 17; i++) {
      const typo = code.slice(0, i) + (code[i] === '1' ? '2' : '1') + code.slice(i + 1);
      expect(creditCodeProblem(typo)).toBe('CHECK_CHARACTER');
    }
    expect(creditCodeProblem('91350100M000100Y44')).toBe('CHECK_CHARACTER');
  });

  test('two swapped neighbours are caught', () => {
    expect(creditCodeProblem('91350100M000010Y43')).toBe('CHECK_CHARACTER');
  });

  test.each([
    ['91350100M000100Y4', 'LENGTH'],
    ['91350100M000100Y433', 'LENGTH'],
    ['', 'LENGTH'],
    ['91350100M000100I43', 'CHARACTERS'],
    ['91350100M000100O43', 'CHARACTERS'],
    ['91350100M000100S43', 'CHARACTERS'],
    ['91350100M000100V43', 'CHARACTERS'],
    ['91350100M000100Z43', 'CHARACTERS'],
    ['91350100M000100-43', 'CHARACTERS'],
  ])('%j is refused for %s', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });

  test('what a person typed is trimmed and upper-cased before the check', () => {
    expect(normalizeCreditCode(' 91110000600037341l ')).toBe('91110000600037341L');
    expect(creditCodeProblem(normalizeCreditCode(' 91110000600037341l '))).toBeNull();
  });

  test('the check character of a body outside the alphabet is an error, not a guess', () => {
    expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(RangeError);
  });
});
