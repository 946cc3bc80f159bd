import crypto from 'node:crypto';

/** Crockford's base32 without I, L, O and U: codes read aloud or typed from print are not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomCode(prefix: string, length: number): string {
  let code = prefix;
  for (let i = 0; i < length; i++) code += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return code;
}

/** The verification code printed on a volunteer card: `QJ` and 8 random characters (40 bits). */
export const newCardCode = () => randomCode('QJ', 8);

/** The verification code of a proof of service: `SP` and 10 random characters (50 bits). */
export const newProofCode = () => randomCode('SP', 10);

/** How a typed code is compared: the kit's rule, which the projects subgraph digests scanned cards by too. */
export { normalizeCode } from '../../kit/city/card-code';
