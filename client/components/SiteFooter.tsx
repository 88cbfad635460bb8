import { Link } from 'wouter';
import { useT } from '../i18n/useT.ts';

/** The foot of the start, join and staff pages: the accessibility statement is one link away. */
export function SiteFooter() {
  const t = useT();
  return (
    <footer className="site-footer">
      <Link href="/tillganglighet">{t('app.accessibility')}</Link>
    </footer>
  );
}
