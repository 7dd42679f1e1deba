/** π to `digits` significant digits, as `perl -Mbignum=bpi -wle 'print bpi(N)'` prints it (the classic Job example). */
function arctanInverse(x: bigint, unity: bigint): bigint {
  let sum = unity / x;
  let power = sum;
  const x2 = x * x;
  for (let n = 3n, sign = -1n; power !== 0n; n += 2n, sign = -sign) {
    power /= x2;
    sum += (sign * power) / n;
  }
  return sum;
}

export function piDigits(digits: number): string {
  const n = Math.max(1, Math.min(digits, 10000));
  const guard = 10;
  const unity = 10n ** BigInt(n + guard);
  const pi = 16n * arctanInverse(5n, unity) - 4n * arctanInverse(239n, unity);
  // Round to n significant digits (bignum rounds half to even; a tie never occurs within π's digits).
  const scaled = (pi + 5n * 10n ** BigInt(guard)) / 10n ** BigInt(guard + 1);
  const text = scaled.toString();
  return n === 1 ? text : `${text.slice(0, 1)}.${text.slice(1)}`;
}
