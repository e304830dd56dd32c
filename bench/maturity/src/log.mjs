// Terminal output of the benchmark: plain lines, and a progress line that rewrites itself on a
// terminal (and prints about every ten seconds when the output goes to a file or a pipe).

const tty = process.stderr.isTTY;
let lastPrinted = 0;

export function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

export function progress(message, final = false) {
  if (tty) {
    process.stderr.write(`\r[bench] ${message}\x1b[K${final ? '\n' : ''}`);
    return;
  }
  const now = Date.now();
  if (final || now - lastPrinted > 10_000) {
    lastPrinted = now;
    process.stderr.write(`[bench] ${message}\n`);
  }
}
