export type PageHeaderProps = {
  title: string;
  lead?: string;
};

/** The page's h1 and a one-line explanation, styled like the programme header. */
export function PageHeader({ title, lead }: PageHeaderProps) {
  return (
    <div className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {lead && <p className="page-header__lead">{lead}</p>}
    </div>
  );
}
