export type HatchPatternProps = {
  /** Referenced as `url(#id)` from any SVG in the document. */
  id: string;
};

/** A diagonal hatch for "no value here" marks; colours come from the `.hatch__*` CSS rules. */
export function HatchPattern({ id }: HatchPatternProps) {
  return (
    <svg className="svg-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={id}
          width="8"
          height="8"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="8" height="8" className="hatch__background" />
          <line x1="0" y1="0" x2="0" y2="8" className="hatch__line" />
        </pattern>
      </defs>
    </svg>
  );
}
