// Money in the page is never a JS float. The API sends and takes amounts as decimal strings with at most
// two decimals ("25.00"); here they become integer cents (BigInt) for arithmetic and comparison, and go
// back to strings for the API. Formatting for display splits the string, so 0.1 + 0.2 is always 0.30.

/** A plain decimal amount as typed or sent: digits, optionally a point and one or two more digits. */
const AMOUNT = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;
/** Any plain decimal, to tell "too many decimals" from "not a number". */
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** A value as the API or an input may give it; numbers are tolerated only as an input, never produced. */
export type MoneyInput = string | number | bigint | null | undefined;

function normalize(value: MoneyInput): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  // A number (an API that serializes BigDecimal as a JSON number): its shortest decimal form is what
  // was sent, as long as it has no more than 15 significant digits, which DECIMAL(19,2) amounts of
  // real gifts do.
  if (typeof value === 'number') return Number.isFinite(value) ? numberToPlain(value) : '';
  return value.trim().replace(/[\s,_]/g, '');
}

function numberToPlain(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // 1e21 and up or 1e-7 and below: not amounts this app handles.
  return '';
}

/** Integer cents of a decimal amount with at most two decimals ("25.5" → 2550n), or null if it is not one. */
export function toCents(value: MoneyInput): bigint | null {
  const match = AMOUNT.exec(normalize(value));
  if (!match) return null;
  const [, sign, units = '0', fraction = ''] = match;
  const cents = BigInt(units) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  return sign ? -cents : cents;
}

/** The API's form of an amount: "1234.50", "-0.05", "0.00". */
export function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${units.toString()}.${fraction}`;
}

/** The canonical two-decimal string of an amount ("25" → "25.00"), or null if it is not an amount. */
export function normalizeAmount(value: MoneyInput): string | null {
  const cents = toCents(value);
  return cents === null ? null : fromCents(cents);
}

/** The exact sum of amounts; blank entries count as zero, invalid ones make the sum null. */
export function sumAmounts(values: readonly MoneyInput[]): string | null {
  let total = 0n;
  for (const value of values) {
    if (normalize(value) === '') continue;
    const cents = toCents(value);
    if (cents === null) return null;
    total += cents;
  }
  return fromCents(total);
}

/** a − b exactly, or null if either is not an amount. */
export function subtractAmounts(a: MoneyInput, b: MoneyInput): string | null {
  const left = toCents(a);
  const right = toCents(b);
  return left === null || right === null ? null : fromCents(left - right);
}

/** −1, 0 or 1; null if either is not an amount. */
export function compareAmounts(a: MoneyInput, b: MoneyInput): -1 | 0 | 1 | null {
  const left = toCents(a);
  const right = toCents(b);
  if (left === null || right === null) return null;
  return left < right ? -1 : left > right ? 1 : 0;
}

type AmountRules = {
  /** An empty value is fine (an optional field). */
  optional?: boolean;
  /** Zero is fine (e.g. a fair market value). Negative amounts never are. */
  allowZero?: boolean;
  /** The largest allowed amount, e.g. what is left to refund. */
  max?: MoneyInput;
  maxMessage?: string;
};

/**
 * Why a typed amount is not acceptable, or null when it is: required, a number, at most two decimals,
 * more than zero (or zero when allowed), at most `max`.
 */
export function validateAmount(value: MoneyInput, rules: AmountRules = {}): string | null {
  const text = normalize(value);
  if (text === '') return rules.optional ? null : 'Enter an amount';
  if (!DECIMAL.test(text)) return 'Enter an amount such as 25 or 25.50';
  const cents = toCents(text);
  if (cents === null) return 'Use at most 2 decimals';
  if (cents < 0n || (cents === 0n && !rules.allowZero)) {
    return rules.allowZero ? 'Must not be negative' : 'Must be more than 0';
  }
  if (rules.max !== undefined && rules.max !== null) {
    const max = toCents(rules.max);
    if (max !== null && cents > max) return rules.maxMessage ?? `Must be at most ${fromCents(max)}`;
  }
  return null;
}

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: string, locale: string | undefined, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${fractionDigits}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, format);
  }
  return format;
}

function defaultFractionDigits(currency: string, locale: string | undefined): number {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * An amount for display in the reader's locale ("$1,234.50", "1.234,50 €"), computed from the string:
 * the whole units are formatted as a BigInt and the cents put in as digits, never through a float.
 * A currency with no minor unit (JPY) shows no decimals when the cents are zero. What is not an
 * amount is shown as it came.
 */
export function formatMoney(value: MoneyInput, currency: string, locale?: string): string {
  const cents = toCents(value);
  if (cents === null) return value === null || value === undefined ? '—' : String(value);
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const units = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, '0');
  let digits: number;
  let format: Intl.NumberFormat;
  try {
    digits = defaultFractionDigits(currency, locale) === 0 && fraction === '00' ? 0 : 2;
    format = formatter(currency, locale, digits);
  } catch {
    // An unknown currency code: show it plainly.
    return `${fromCents(cents)} ${currency}`;
  }
  // The sign and the currency symbol where the locale puts them, taken from formatting ±1.
  const template = format.formatToParts(negative ? -1n : 1n);
  const numeric = format
    .formatToParts(units)
    .filter((part) => NUMERIC_PARTS.has(part.type))
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('');
  let inserted = false;
  return template
    .map((part) => {
      if (!NUMERIC_PARTS.has(part.type)) return part.value;
      if (inserted) return '';
      inserted = true;
      return numeric;
    })
    .join('');
}

/** The ISO codes offered in currency pickers, the base currency first. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'NZD', 'SEK', 'NOK', 'DKK'] as const;
