/**
 * Compares a received secret with the expected one in time that depends only on the
 * expected secret's length, never on where the two first differ.
 */
function equalInConstantTime(received: string, expected: string): boolean {
  let difference = received.length ^ expected.length;
  for (let index = 0; index < expected.length; index += 1) {
    // Reading past the end of `received` gives NaN, and NaN | 0 is 0: the loop runs the same.
    difference |= (received.charCodeAt(index) | 0) ^ expected.charCodeAt(index);
  }
  return difference === 0;
}

/**
 * True when `received` equals any of `accepted`. Every accepted secret is compared, so the
 * time taken does not reveal which one matched (rotation keeps two or more alive at once).
 */
export function matchesAnySecret(received: string, accepted: readonly string[]): boolean {
  let matched = false;
  for (const secret of accepted) {
    if (equalInConstantTime(received, secret)) matched = true;
  }
  return matched;
}
