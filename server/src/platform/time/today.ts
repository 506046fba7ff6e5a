import { chinaDateOf, type IsoDate } from '@onetrip/core';

/** Today in China: every case and licence date (receipt, deadlines, issue, validity, status) is a China date. */
export function todayInChina(): IsoDate {
  return chinaDateOf(new Date());
}
