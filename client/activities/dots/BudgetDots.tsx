/** The budget drawn as dots, filled for each one still to place; the words beside it carry the count. */
export function BudgetDots({ left, total }: { left: number; total: number }) {
  return (
    <span className="budget-dots" aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: dots are positional, not items
        <span key={i} className={i < left ? 'dot on' : 'dot'} />
      ))}
    </span>
  );
}
