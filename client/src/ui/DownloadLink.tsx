export type DownloadLinkProps = {
  label: string;
  /** A same-origin URL: the session cookie goes along, and the server audits the export. */
  href: string;
  testId?: string;
};

/** A plain link styled as a button; the server names the file (Content-Disposition). */
export function DownloadLink({ label, href, testId }: DownloadLinkProps) {
  return (
    <a className="button button--secondary" href={href} download data-testid={testId}>
      <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2.5h12V12"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {label}
    </a>
  );
}
