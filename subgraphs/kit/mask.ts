/**
 * Masks for personal data shown to anyone but its owner (DOMAIN.md): enough to recognise, not enough to use.
 * Both keep the same length as the original, so a masked value is never mistaken for a shorter real one.
 */

/** `510104199803150021` → `5101**********0021`. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length <= 8) return '*'.repeat(idNumber.length);
  return idNumber.slice(0, 4) + '*'.repeat(idNumber.length - 8) + idNumber.slice(-4);
}

/** `13812345678` → `138****5678`. */
export function maskMobile(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
