/**
 * Personal-data masking used in every list and every log line.
 * ID numbers keep the first 6 and last 4 characters, phones the first 3 and last 4.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return '';
  const v = value.trim();
  if (v.length <= 10) return '*'.repeat(v.length);
  return v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4);
}

export function maskPhone(value: string | null | undefined): string {
  if (!value) return '';
  const v = value.trim();
  if (v.length <= 7) return '*'.repeat(v.length);
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4);
}

/** Masks a person's name: keeps the family name (first character) only, as hall displays do. */
export function maskPersonName(value: string | null | undefined): string {
  if (!value) return '';
  const chars = [...value.trim()];
  if (chars.length <= 1) return chars.join('');
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Mainland mobile number: 11 digits starting with 1 and a network digit 3–9. */
export function isValidMobilePhone(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/*
 * A number starts where the character before it is not a letter/digit (ID) or not a digit (phone) — or where that
 * character ends an escape that serialisation put in front of the number: JSON's \n \t \r \b \f and \uXXXX, or a
 * URL's %XX (e.g. %20, %2C). Without these, `{"note":"…\n11010519491231002X"}` and `q=%2013812345678` leak.
 * A phone may carry the country code +86 / 86 / 0086 directly in front.
 */
const ID_PATTERN =
  /(?:(?<![0-9A-Za-z])|(?<=\\[bfnrt])|(?<=\\u[0-9A-Fa-f]{4})|(?<=%[0-9A-Fa-f]{2}))(\d{6})\d{7,8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const PHONE_PATTERN = /(?:(?<!\d)|(?<=\\u[0-9A-Fa-f]{4})|(?<=%[0-9A-Fa-f]{2}))((?:\+?86|0086)?1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** Masks any ID number or mobile phone that appears inside free text (log lines, error details). */
export function maskPersonalDataInText(text: string): string {
  return text.replace(ID_PATTERN, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(PHONE_PATTERN, (_m, head: string, tail: string) => `${head}****${tail}`);
}
