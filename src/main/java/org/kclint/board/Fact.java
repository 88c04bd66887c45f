package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.diag.Suggestions;

/**
 * The board facts kclint knows, by the names of HAZARDS.md's legend ({@code board.X} in rules) plus
 * a few more the device tree and the CPU database give. Each has one type; a text fact may have a
 * fixed set of values.
 */
public enum Fact {
  CORE("core", Type.TEXT, "CPU core name, e.g. Cortex-A9, ARM11MPCore"),
  CORE_REV(
      "coreRev",
      Type.REVISION,
      "core revision rNpM, a range r1p0..r1p3 or a list: from the SoC database or an override"),
  N_CPUS("nCpus", Type.INT, "number of CPUs (the device tree's CPU nodes unless overridden)"),
  HW_TLB_BCAST(
      "hwTlbBcast", Type.BOOL, "TLB maintenance broadcast in hardware (ID_MMFR3.MaintBcst = 2)"),
  HW_CACHE_BCAST(
      "hwCacheBcast", Type.BOOL, "cache maintenance broadcast in hardware (MaintBcst >= 1)"),
  DCACHE(
      "dcache",
      Type.TEXT,
      "D-cache class as Linux sees it",
      "VIVT",
      "VIPT_ALIASING",
      "VIPT_NONALIASING",
      "PIPT"),
  LPAE("lpae", Type.BOOL, "the core implements LPAE and Linux can use it"),
  RAM_BYTES("ramBytes", Type.INT, "sum of the memory nodes' region sizes"),
  RAM_TOP_PHYS("ramTopPhys", Type.INT, "physical address of the last byte of RAM"),
  DT_CPU_NODES("dtCpuNodes", Type.INT, "number of device_type = \"cpu\" nodes under /cpus"),
  ARCH("arch", Type.TEXT, "architecture version, e.g. ARMv7-A"),
  SMP_CAPABLE("smpCapable", Type.BOOL, "the core can run an SMP Linux kernel"),
  KCONFIG_CPU("kconfigCpu", Type.TEXT, "the Kconfig CPU_* symbol for the core"),
  MODEL("model", Type.TEXT, "the root node's model"),
  COMPATIBLE("compatible", Type.TEXT, "the root node's first compatible"),
  CPU_COMPATIBLES("cpuCompatibles", Type.TEXT, "the CPU nodes' compatibles, sorted, joined by |"),
  ENABLE_METHOD("enableMethod", Type.TEXT, "how secondary CPUs are started (enable-method)"),
  SOC("soc", Type.TEXT, "the SoC database entry the root's compatible list picks"),
  L2_CACHE(
      "l2Cache",
      Type.TEXT,
      "the outer cache controller's compatible, from the first device tree node cache-l2x0.c"
          + " matches (arm,pl310-cache, arm,l220-cache, ...), none if no node does"),
  L2_CACHE_REV(
      "l2CacheRev",
      Type.REVISION,
      "the L2 cache controller's revision rNpM or range, from the SoC database or an override"),
  RAM_BASE("ramBase", Type.INT, "physical address of the first byte of RAM (the lowest bank)"),
  BOOTS_NON_SECURE(
      "bootsNonSecure", Type.BOOL, "Linux is entered in Non-secure state; override only"),
  FIRMWARE_SETS_ACTLR_SMP_FW(
      "firmwareSetsActlrSmpFw",
      Type.BOOL,
      "firmware sets ACTLR.SMP and ACTLR.FW before Linux runs; override only"),
  FIRMWARE_APPLIED_DIAG_751472(
      "firmwareAppliedDiag751472",
      Type.BOOL,
      "firmware applied the erratum 751472 diagnostic bit; override only"),
  ERRATUM_798181_ACTIVE(
      "erratum798181Active",
      Type.BOOL,
      "the cores are affected by Cortex-A15 erratum 798181; override only");

  /** The kinds of value a fact holds. */
  public enum Type {
    BOOL,
    INT,
    TEXT,
    /** A text written as silicon revisions ({@link Revisions}): r2p10, r1p0..r1p3, r3p2.. */
    REVISION
  }

  private final String key;
  private final Type type;
  private final String description;
  private final ImmutableList<String> allowed;

  Fact(String key, Type type, String description, String... allowed) {
    this.key = key;
    this.type = type;
    this.description = description;
    this.allowed = ImmutableList.copyOf(allowed);
  }

  public String key() {
    return key;
  }

  public Type type() {
    return type;
  }

  public String description() {
    return description;
  }

  /** What a facts-file line sets this fact to, for saying which line would settle it. */
  public String example() {
    return switch (type) {
      case BOOL -> "true | false";
      case INT -> "<number>";
      case REVISION -> "r2p10 | r1p0..r1p3";
      case TEXT -> allowed.isEmpty() ? "<text>" : String.join(" | ", allowed);
    };
  }

  /** The values a text fact may take; empty when any text will do. */
  public ImmutableList<String> allowed() {
    return allowed;
  }

  /**
   * The fact a name denotes: its key, optionally written {@code board.key}, or one of the spellings
   * SPEC §2 uses ({@code cpu.tlb_broadcast}, {@code cpu.cache_broadcast}).
   */
  public static Optional<Fact> named(String name) {
    String key = name.startsWith("board.") ? name.substring("board.".length()) : name;
    if (key.equals("cpu.tlb_broadcast")) {
      return Optional.of(HW_TLB_BCAST);
    }
    if (key.equals("cpu.cache_broadcast")) {
      return Optional.of(HW_CACHE_BCAST);
    }
    for (Fact f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every fact's key, in declaration order: the one list of the facts rules and files may name. */
  public static ImmutableList<String> keys() {
    return java.util.Arrays.stream(values())
        .map(Fact::key)
        .collect(ImmutableList.toImmutableList());
  }

  /** The message for a name that is no fact, naming the closest fact or all of them. */
  public static String unknown(String name) {
    return "unknown board fact '" + name + "' (" + Suggestions.didYouMean(name, keys()) + ")";
  }

  /** Reads a value written in a fact file; {@code at} locates the value for errors. */
  public FactValue parse(String raw, Position at, FactSource source) {
    switch (type) {
      case BOOL:
        switch (raw.toLowerCase(Locale.ROOT)) {
          case "true", "yes", "y" -> {
            return new FactValue.Bool(true, source);
          }
          case "false", "no", "n" -> {
            return new FactValue.Bool(false, source);
          }
          default -> throw new InputException(at, key + " takes true or false, not '" + raw + "'");
        }
      case INT:
        long value = integer(raw, at);
        // Counts of CPUs start at one; sizes and addresses at zero. A negative count was taken.
        long least = this == N_CPUS || this == DT_CPU_NODES ? 1 : 0;
        if (value < least) {
          throw new InputException(
              at, key + " takes a number of at least " + least + ", not '" + raw + "'");
        }
        return new FactValue.Int(value, source);
      case REVISION:
        if (Revisions.parse(raw).isEmpty()) {
          throw new InputException(
              at, key + " takes a revision such as r2p10, r1p0..r1p3 or r3p2.., not '" + raw + "'");
        }
        return new FactValue.Text(raw, source);
      default:
        if (!allowed.isEmpty() && !allowed.contains(raw)) {
          throw new InputException(
              at, key + " takes one of " + String.join(", ", allowed) + ", not '" + raw + "'");
        }
        return new FactValue.Text(raw, source);
    }
  }

  /** Decimal or 0x hex, with an optional K, M or G (binary) multiplier: 512M, 0x80000000. */
  private long integer(String raw, Position at) {
    String s = raw.replace("_", "");
    long multiplier = 1;
    if (!s.isEmpty() && !s.startsWith("0x") && !s.startsWith("0X")) {
      char last = Character.toUpperCase(s.charAt(s.length() - 1));
      int shift = "KMG".indexOf(last);
      if (shift >= 0) {
        multiplier = 1L << (10 * (shift + 1));
        s = s.substring(0, s.length() - 1);
      }
    }
    try {
      long value =
          s.startsWith("0x") || s.startsWith("0X")
              ? Long.parseUnsignedLong(s.substring(2), 16)
              : Long.parseLong(s);
      return Math.multiplyExact(value, multiplier);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InputException(
          at, key + " takes an integer (e.g. 4, 0x80000000, 512M), not '" + raw + "'");
    }
  }
}
