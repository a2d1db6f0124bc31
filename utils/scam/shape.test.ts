/** The character-level measures behind the host-shape rules, with their near misses. */
import { describe, expect, it } from 'vitest';
import { isDeploymentName, isKeyboardWalk, isRandomLabel, readsAsInitials } from './shape';

describe('isRandomLabel: generated names, by unreadable letter pairs (no word list)', () => {
  it.each(['rwbazt', 'hzrxlnynak', 'uziujnbjov', 'u44vn2', 'qlgg0fj', 'xkqzvw', 'pwshqtanxpi'])('%s', (l) => {
    expect(isRandomLabel(l)).toBe(true);
  });
  it.each([
    'softbank',
    'dropbox',
    'stackoverflow',
    'docomo',
    'facebook',
    'linkedin',
    'github',
    'netflix',
    'strength', // English allows long consonant runs: `ngth` is readable pair by pair
    'shinkansen',
    'tsukuba',
    'zhongguancun',
    'gzxhd', // five letters: pinyin initials read the same as random ones
    'www3',
    'ns1',
  ])('%s is not', (l) => {
    expect(isRandomLabel(l)).toBe(false);
  });
});

describe('isKeyboardWalk', () => {
  it.each(['qwertyu', 'asdfghjkl', 'zxcvbnm', 'aasfgasgasdg', 'lkjhgfd'])('%s', (l) => {
    expect(isKeyboardWalk(l)).toBe(true);
  });
  it.each([
    'qwerty',
    'asdf',
    'alfalfa',
    'addjahlife',
    'newser',
    'kijiji',
    'typewriter',
    'fyttgf56',
    'looloo',
  ])('%s is not', (l) => {
    expect(isKeyboardWalk(l)).toBe(false);
  });
});

describe('isDeploymentName: a platform’s generated name', () => {
  it.each(['frosty-sea-38a7', 'jolly-pasteur-4c2f1a', 'my-app-k3x9q2', '3f9c2a1b'])('%s', (l) => {
    expect(isDeploymentName(l)).toBe(true);
  });
  it.each(['blue-sky-studio', 'frosty-sea-2024', 'docs', 'deadbeef', '12345678', 'my-app-v2', 'x-38a7'])(
    '%s is not',
    (l) => {
      expect(isDeploymentName(l)).toBe(false);
    },
  );
});

describe('readsAsInitials: six letters on .cn may be pinyin initials', () => {
  it.each([
    ['gzxhdl', 'cn'],
    ['wxljto', 'cn'],
  ])('%s.%s', (l, tld) => {
    expect(readsAsInitials(l, tld)).toBe(true);
  });
  it.each([
    ['gzxhdl', 'top'], // other cheap TLDs: still random
    ['gzxhdlq', 'cn'], // seven letters
    ['gz3hdl', 'cn'], // digits
    ['dcstkgbi', 'cn'],
  ])('%s.%s is not', (l, tld) => {
    expect(readsAsInitials(l, tld)).toBe(false);
  });
});
