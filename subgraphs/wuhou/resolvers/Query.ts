/** `Query.wuhou` is a namespace: its fields live on WuhouQuery. */
export const Query = {
  wuhou: () => ({}),
};
