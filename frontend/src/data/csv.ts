// CSV export of projected coordinates with the metadata columns (RFC 4180 quoting).

function cell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function coordinatesCsv(coords: Float32Array, n: number, k: number, axisNames: string[],
  columns: { name: string; values: string[] }[]): string {
  const lines: string[] = [['index', ...axisNames.slice(0, k), ...columns.map((c) => c.name)].map(cell).join(',')];
  for (let i = 0; i < n; i++) {
    const row = [String(i)];
    for (let a = 0; a < k; a++) row.push(String(coords[i * k + a]));
    for (const c of columns) row.push(cell(c.values[i] ?? ''));
    lines.push(row.join(','));
  }
  return lines.join('\n') + '\n';
}
