import loadHighs, { type Highs } from 'highs';
import type { Finding } from './evidence';
import type { Problem } from './problem';

let solver: Promise<Highs> | undefined;

/**
 * The linear-programming estimator: for each unknown office x, min and max of x subject to every
 * published sum within its half-width and each score within its bounds (0–100, narrowed by band
 * counts). HiGHS keeps one model per (cycle, key) and only changes the objective between solves,
 * warm-starting from the previous basis.
 */
export async function lpIntervals(problem: Problem): Promise<Finding[]> {
  const highs = await (solver ??= loadHighs());
  const columns = problem.unknowns.length;
  const rows = problem.rows.filter(row => row.members.length > 0);
  if (columns === 0 || rows.length === 0) {
    return [];
  }
  const signatures: string[] = [];
  const starts = [0];
  rows.forEach(row => starts.push(starts[starts.length - 1]! + row.members.length));
  const model = highs.createModel({
    numCols: columns,
    numRows: rows.length,
    colCost: new Array<number>(columns).fill(0),
    colLower: problem.bounds.map(([lo]) => lo),
    colUpper: problem.bounds.map(([, hi]) => hi),
    rowLower: rows.map(row => row.sum - row.halfWidth),
    rowUpper: rows.map(row => row.sum + row.halfWidth),
    matrix: {
      format: 'csr',
      numRows: rows.length,
      numCols: columns,
      starts,
      indices: rows.flatMap(row => row.members),
      values: rows.flatMap(row => row.members.map(() => 1)),
    },
  });
  try {
    model.options.set({ output_flag: false, presolve: 'off' });
    const { minimize, maximize } = highs.constants.objectiveSense;
    const binding = new Set<string>();
    const optimum = (office: number, sense: typeof minimize): number => {
      model.changeObjectiveSense(sense);
      model.run();
      if (model.getModelStatus() !== highs.constants.modelStatus.optimal) {
        const sources = rows.slice(0, 3).map(row => row.source);
        throw new Error(
          `LP for ${problem.cycle}/${problem.key} office ${problem.unknowns[office]}: status ${model.getModelStatus()} (published values contradict each other? ${sources.join('; ')})`,
        );
      }
      // The published sums that hold the bound (non-zero duals): the evidence behind it.
      model
        .getSolution()
        .rowDual.forEach((dual, r) => Math.abs(dual) > 1e-9 && binding.add(rows[r]!.source));
      return model.getObjectiveValue();
    };
    // Offices in the same rows with the same bounds are interchangeable: one solve serves them all.
    const classes = new Map<string, number[]>();
    rows.forEach((row, r) =>
      row.members.forEach(office => (signatures[office] = `${signatures[office] ?? ''},${r}`)),
    );
    signatures.forEach((signature, office) => {
      const id = `${signature}|${problem.bounds[office]!.join(',')}`;
      classes.set(id, [...(classes.get(id) ?? []), office]);
    });
    const findings: Finding[] = [];
    for (const offices of classes.values()) {
      const office = offices[0]!;
      binding.clear();
      model.changeColCost(office, 1);
      const lo = optimum(office, minimize);
      const hi = optimum(office, maximize);
      model.changeColCost(office, 0);
      for (const member of offices) {
        findings.push({
          cycle: problem.cycle,
          key: problem.key,
          officeId: problem.unknowns[member]!,
          lo,
          hi,
          method: 'lp',
          evidence: binding.size ? [...binding] : ['bounds only'],
        });
      }
    }
    return findings;
  } finally {
    model.dispose();
  }
}
