import type { ReactNode } from 'react';

interface Props {
  brand: string;
  /** The skip link's words: keyboard users reach the content past the header in one step. */
  skip: string;
  children?: ReactNode;
}

/** The banner: a skip link, the product name on the left, controls (language, logout) on the right. */
export function PageHeader({ brand, skip, children }: Props) {
  return (
    <header className="page-header">
      <a className="skip-link" href="#main">
        {skip}
      </a>
      <p className="brand">{brand}</p>
      <div className="header-tools">{children}</div>
    </header>
  );
}
