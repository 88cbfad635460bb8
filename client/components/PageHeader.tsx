import type { ReactNode } from 'react';

interface Props {
  brand: string;
  children?: ReactNode;
}

/** The banner: product name on the left, controls (language, logout) on the right. */
export function PageHeader({ brand, children }: Props) {
  return (
    <header className="page-header">
      <p className="brand">{brand}</p>
      <div className="header-tools">{children}</div>
    </header>
  );
}
