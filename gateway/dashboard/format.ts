/** A figure as the API gives it: a value, or null with the reason it is withheld (fewer than five people). */
export interface Figure {
  value: number | null;
  suppressed: string | null;
}

/** How each kind of figure is shown; the page test reads the numbers back with the same precision. */
export type Kind = 'count' | 'hours' | 'yuan';

const FORMATS: Record<Kind, Intl.NumberFormat> = {
  count: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
  hours: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 }),
  yuan: new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 }),
};

export const WITHHELD = '已隐藏';

export const format = (value: number, kind: Kind) => `${kind === 'yuan' ? '¥' : ''}${FORMATS[kind].format(value)}`;

/** Puts a figure into `el`: its number, or 已隐藏 with the API's reason as the tooltip. */
export function show(el: HTMLElement, figure: Figure | number, kind: Kind) {
  const f: Figure = typeof figure === 'number' ? { value: figure, suppressed: null } : figure;
  el.classList.toggle('withheld', f.value === null);
  if (f.value === null) {
    el.textContent = WITHHELD;
    el.title = `已隐藏：${f.suppressed ?? '不足5人'}`;
    el.dataset.suppressed = f.suppressed ?? '';
  } else {
    el.textContent = format(f.value, kind);
    el.removeAttribute('title');
    delete el.dataset.suppressed;
  }
}

/** A chart's data point: null leaves a gap (ECharts draws none), never a zero that is not one. */
export const point = (f: Figure) => f.value;
