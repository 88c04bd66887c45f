package org.kclint.resolve;

/**
 * glibc's {@code srand}/{@code rand} (random_r.c, the default TYPE_3 state of 31 words), which
 * randconfig draws from: the state is seeded by the Park–Miller step {@code 16807 * x mod (2^31 -
 * 1)}, advanced 310 times, and then each number is {@code r[i] = r[i-3] + r[i-31]} (mod 2^32)
 * shifted right by one. Reproduced word for word so that a KCONFIG_SEED gives conf's bytes.
 */
final class GlibcRandom {
  private static final int DEGREE = 31;
  private static final int SEPARATION = 3;

  private final int[] state = new int[DEGREE];
  private int front = SEPARATION;
  private int rear = 0;

  /** srand(seed). */
  GlibcRandom(int seed) {
    int word = seed == 0 ? 1 : seed;
    state[0] = word;
    for (int i = 1; i < DEGREE; i++) {
      // C's truncating division on the signed 32-bit word, as in __srandom_r.
      long hi = word / 127773;
      long lo = word % 127773;
      word = (int) (16807 * lo - 2836 * hi);
      if (word < 0) {
        word += 2147483647;
      }
      state[i] = word;
    }
    for (int i = 0; i < DEGREE * 10; i++) {
      next();
    }
  }

  /** rand(): 0 to 2^31 - 1. */
  int next() {
    state[front] += state[rear];
    int result = state[front] >>> 1;
    front++;
    rear++;
    if (front >= DEGREE) {
      front = 0;
    } else if (rear >= DEGREE) {
      rear = 0;
    }
    return result;
  }
}
