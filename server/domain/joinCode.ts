import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../../shared/domain/joinCode.ts';

/**
 * A join code from random bytes: 31 symbols without look-alikes (0/O, 1/I/L), 8 long,
 * about 8.5 × 10^11 codes. Rejection sampling keeps every symbol equally likely.
 */
export function makeJoinCode(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(16)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH)
        code += JOIN_CODE_ALPHABET[byte % JOIN_CODE_ALPHABET.length];
    }
  }
  return code;
}
