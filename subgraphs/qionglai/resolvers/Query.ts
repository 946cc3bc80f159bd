/** `Query.qionglai` is a namespace: its fields live on QionglaiQuery. */
export const Query = {
  qionglai: () => ({}),
};
