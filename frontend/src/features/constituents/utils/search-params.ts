import {
  SORTS,
  isConstituentType,
  type ConstituentSearch,
  type ConstituentSort,
  type SearchCriteria,
  type SegmentCriteria,
} from '@/features/constituents/types/constituent';

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const DEFAULT_SORT: ConstituentSort = 'name';

/** The filters besides the search box, in the order the page shows them. */
export const EXTRA_FILTERS = ['tag', 'email', 'phone', 'postalCode', 'text'] as const;

export const EMPTY_CRITERIA: SearchCriteria = {
  q: '',
  type: null,
  tag: '',
  email: '',
  phone: '',
  postalCode: '',
  text: '',
};

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function isSort(value: string | null): value is ConstituentSort {
  return value !== null && (SORTS as readonly string[]).includes(value);
}

/** Reads the search from the address bar; anything unknown or malformed falls back to the default. */
export function parseSearch(params: URLSearchParams): ConstituentSearch {
  const type = params.get('type');
  const sort = params.get('sort');
  const size = positiveInt(params.get('size'), DEFAULT_PAGE_SIZE);
  return {
    q: params.get('q') ?? '',
    type: isConstituentType(type) ? type : null,
    tag: params.get('tag') ?? '',
    email: params.get('email') ?? '',
    phone: params.get('phone') ?? '',
    postalCode: params.get('postalCode') ?? '',
    text: params.get('text') ?? '',
    sort: isSort(sort) ? sort : DEFAULT_SORT,
    page: positiveInt(params.get('page'), 1),
    size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    includeDeleted: params.get('deleted') === 'true',
  };
}

/** The address-bar form of a search: only what differs from the defaults, so links stay short. */
export function toSearchParams(search: ConstituentSearch): URLSearchParams {
  const params = new URLSearchParams();
  const set = (key: string, value: string) => {
    if (value.trim()) params.set(key, value);
  };
  set('q', search.q);
  if (search.type) params.set('type', search.type);
  for (const key of EXTRA_FILTERS) set(key, search[key]);
  if (search.sort !== DEFAULT_SORT) params.set('sort', search.sort);
  if (search.page > 1) params.set('page', String(search.page));
  if (search.size !== DEFAULT_PAGE_SIZE) params.set('size', String(search.size));
  if (search.includeDeleted) params.set('deleted', 'true');
  return params;
}

/** How many filters besides the search box and the type are set. */
export function countExtraFilters(criteria: SearchCriteria): number {
  return EXTRA_FILTERS.filter((key) => criteria[key].trim() !== '').length;
}

export function hasAnyCriteria(criteria: SearchCriteria): boolean {
  return criteria.q.trim() !== '' || criteria.type !== null || countExtraFilters(criteria) > 0;
}

function orNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** The criteria of a saved search for the current filters. */
export function toSegmentCriteria(criteria: SearchCriteria): SegmentCriteria {
  return {
    q: orNull(criteria.q),
    type: criteria.type,
    tag: orNull(criteria.tag),
    email: orNull(criteria.email),
    phone: orNull(criteria.phone),
    postalCode: orNull(criteria.postalCode),
    text: orNull(criteria.text),
  };
}

/** The filters of a saved search, ready for the search page. */
export function fromSegmentCriteria(criteria: SegmentCriteria): SearchCriteria {
  return {
    q: criteria.q ?? '',
    type: isConstituentType(criteria.type) ? criteria.type : null,
    tag: criteria.tag ?? '',
    email: criteria.email ?? '',
    phone: criteria.phone ?? '',
    postalCode: criteria.postalCode ?? '',
    text: criteria.text ?? '',
  };
}
