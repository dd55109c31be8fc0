import { downloadTextFile } from '../utils/download';

export type DownloadButtonProps = {
  label: string;
  fileName: string;
  mimeType: string;
  /** Built on click, so the file always matches what is on screen at that moment. */
  buildContent: () => string;
  testId?: string;
};

export function DownloadButton({
  label,
  fileName,
  mimeType,
  buildContent,
  testId,
}: DownloadButtonProps) {
  return (
    <button
      type="button"
      className="button button--secondary"
      onClick={() => downloadTextFile(fileName, buildContent(), mimeType)}
      data-testid={testId}
    >
      <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path
          d="M8 1v9m0 0L4.5 6.5M8 10l3.5-3.5M2 12v2.5h12V12"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      </svg>
      {label}
    </button>
  );
}
