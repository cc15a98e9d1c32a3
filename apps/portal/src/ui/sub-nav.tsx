import { useI18n } from '../i18n/i18n';

interface Props<S extends string> {
  label: string;
  sections: readonly S[];
  current: S;
  /** Translation key prefix of the section names, e.g. "admin.section.". */
  prefix: string;
  onChange(section: NoInfer<S>): void;
}

/** Sections of one view, as links (keyboard and screen readers treat them as navigation). */
export function SubNav<S extends string>({ label, sections, current, prefix, onChange }: Props<S>) {
  const { t } = useI18n();
  return (
    <nav className="sub-nav" aria-label={label}>
      {sections.map((name) => (
        <a
          key={name}
          href={`#${name}`}
          aria-current={current === name ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            onChange(name);
          }}
        >
          {t(`${prefix}${name}`)}
        </a>
      ))}
    </nav>
  );
}
