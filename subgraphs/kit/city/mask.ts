/**
 * Masks for personal data shown to anyone but its owner (DOMAIN.md): enough to recognise, not enough to use.
 * Each keeps the length of the original, so a masked value is never mistaken for a shorter real one.
 */

/**
 * `510104199803150021` → `5101**************`: the province and city only.
 *
 * Whoever sees a masked ID number also sees the birth date, sex and district (the basic record and the public
 * fields), and those already fix the region and birth-date digits. The only digits they do not fix are the three
 * of the sequence and the check character, which follows from the other 17: the usual `5101**********0021` gives
 * the number away outright, and even the last two characters leave about nine candidates. So no digit after the
 * city is shown: the mask adds nothing to what the birth date, sex and district tell, which leaves
 * about 500 numbers (sequences of that sex) for a known region and some 10,000 across the city.
 */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 4) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 4);
}

/** `13812345678` → `138****5678`. */
export function maskMobile(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}

/** `王小明` → `王*明`, `欧阳小明` → `欧**明`, `王明` → `王*`: first and last character kept from three on. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}
