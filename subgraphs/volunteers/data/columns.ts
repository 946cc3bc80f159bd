/** pg returns numeric columns as strings; hours are small decimals, exact enough as JavaScript numbers. */
export const decimalColumn = {
  to: (v: number | null) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
