// Unified diff (Myers O(ND)), as `diff -u` prints it, for `publish --diff`.

type Op = { kind: ' ' | '-' | '+'; line: string };

function myers(a: string[], b: string[]): Op[] {
  // Trim the common prefix and suffix first: publish diffs are mostly equal.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const trace: Int32Array[] = [];
  let found = max === 0;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[max + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Backtrack.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vv = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && vv[max + k - 1] < vv[max + k + 1]) ? k + 1 : k - 1;
    const prevX = vv[max + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: A[--x] });
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: B[--y] });
      else ops.push({ kind: '-', line: A[--x] });
    }
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: A[--x] });
    y--;
  }
  ops.reverse();
  return [...a.slice(0, pre).map((line) => ({ kind: ' ' as const, line })), ...ops, ...a.slice(a.length - suf).map((line) => ({ kind: ' ' as const, line }))];
}

function splitLines(s: string): string[] {
  if (s === '') return [];
  const lines = s.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** `diff -u -N` output between two texts; '' when they are equal. */
export function unifiedDiff(oldText: string, newText: string, oldName: string, newName: string, context = 3): string {
  if (oldText === newText) return '';
  const a = splitLines(oldText);
  const b = splitLines(newText);
  const ops = myers(a, b);
  const out: string[] = [`diff -u -N ${oldName} ${newName}`, `--- ${oldName}`, `+++ ${newName}`];
  // Group into hunks.
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === ' ') i++;
    if (i >= ops.length) break;
    let start = Math.max(0, i - context);
    let end = i;
    // Extend while changes are within 2*context of each other.
    let j = i;
    while (j < ops.length) {
      if (ops[j].kind !== ' ') {
        end = j;
        j++;
        continue;
      }
      let k = j;
      while (k < ops.length && ops[k].kind === ' ') k++;
      if (k < ops.length && k - j <= 2 * context) {
        j = k;
        continue;
      }
      break;
    }
    const stop = Math.min(ops.length, end + 1 + context);
    let aStart = 0;
    let bStart = 0;
    for (let t = 0; t < start; t++) {
      if (ops[t].kind !== '+') aStart++;
      if (ops[t].kind !== '-') bStart++;
    }
    let aLen = 0;
    let bLen = 0;
    const body: string[] = [];
    for (let t = start; t < stop; t++) {
      const o = ops[t];
      if (o.kind !== '+') aLen++;
      if (o.kind !== '-') bLen++;
      body.push(o.kind + o.line);
    }
    const range = (s: number, l: number) => (l === 0 ? `${s},0` : l === 1 ? `${s + 1}` : `${s + 1},${l}`);
    out.push(`@@ -${range(aStart, aLen)} +${range(bStart, bLen)} @@`, ...body);
    i = stop;
    start = stop;
  }
  return out.join('\n') + '\n';
}
