package org.kclint.resolve;

import java.util.Map;
import java.util.Optional;

/**
 * randconfig's inputs as conf reads them from the environment: KCONFIG_SEED (conf.c,
 * set_randconfig_seed: strtol with base 0, else a seed from the clock) and KCONFIG_PROBABILITY (up
 * to three percentages separated by ':', conf_set_all_new_symbols).
 *
 * @param seed the seed given to srand (printed as {@code KCONFIG_SEED=0x...})
 * @param probability KCONFIG_PROBABILITY, or null when unset
 */
public record RandomSettings(int seed, String probability) {
  /** For modes that draw nothing. */
  static final RandomSettings NONE = new RandomSettings(0, null);

  /**
   * The settings conf would take from {@code environment}; {@code micros} is the time of day in
   * microseconds, used as conf uses gettimeofday when KCONFIG_SEED is unset or not a number.
   */
  public static RandomSettings fromEnvironment(Map<String, String> environment, long micros) {
    String env = environment.get("KCONFIG_SEED");
    Integer seed = null;
    if (env != null && !env.isEmpty()) {
      CNumbers.Parsed parsed = CNumbers.strtoll(env, 0);
      if (parsed.end() == env.length()) {
        seed = (int) parsed.value();
      }
    }
    if (seed == null) {
      long sec = micros / 1_000_000;
      long usec = micros % 1_000_000;
      seed = (int) ((sec + 1) * (usec + 1));
    }
    return new RandomSettings(seed, environment.get("KCONFIG_PROBABILITY"));
  }

  /** What conf prints on stdout as it reads its options. */
  public String seedLine() {
    return String.format("KCONFIG_SEED=0x%X\n", seed);
  }

  /** The generator and the three probabilities; empty where conf stops with ERANGE. */
  Optional<AllNewSymbols.RandomChoices> choices() {
    int pby = 50;
    int pty = 33;
    int ptm = 33;
    int[] p = new int[3];
    int n = 0;
    String env = probability;
    while (env != null && !env.isEmpty()) {
      CNumbers.Parsed parsed = CNumbers.strtoll(env, 10);
      int tmp = (int) parsed.value();
      if (tmp < 0 || tmp > 100) {
        return Optional.empty();
      }
      p[n++] = tmp;
      int end = parsed.end();
      env =
          end < env.length() && env.charAt(end) == ':'
              ? env.substring(end + 1)
              : env.substring(end);
      if (n >= 3) {
        break;
      }
    }
    switch (n) {
      case 1 -> {
        pby = p[0];
        ptm = pby / 2;
        pty = pby - ptm;
      }
      case 2 -> {
        pty = p[0];
        ptm = p[1];
        pby = pty + ptm;
      }
      case 3 -> {
        pby = p[0];
        pty = p[1];
        ptm = p[2];
      }
      default -> {}
    }
    if (pty + ptm > 100) {
      return Optional.empty();
    }
    return Optional.of(new AllNewSymbols.RandomChoices(new GlibcRandom(seed), pby, pty, ptm));
  }
}
