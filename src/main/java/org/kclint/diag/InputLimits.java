package org.kclint.diag;

/**
 * The bounds every reader enforces, in one place. Each is far above what real inputs need (the
 * figures for Linux 6.1 ARCH=arm are given) and far below what would exhaust the stack, the heap or
 * the user's patience; going past one is a positioned {@link InputException}, never a
 * StackOverflowError, an OutOfMemoryError or a hang.
 */
public final class InputLimits {
  private InputLimits() {}

  /**
   * The stack kclint's work runs on (org.kclint.cli.Main). The nesting bounds below are chosen so
   * that the deepest input they all allow together fits in it with room to spare (tested).
   */
  public static final long STACK_BYTES = 64L << 20;

  /** Any one input file (the largest Kconfig file of 6.1 is 120 KB, a full .config 200 KB). */
  public static final long MAX_FILE_BYTES = 16L << 20;

  /**
   * Lines of one .config (6.1 ARCH=arm allyesconfig: about 12,000): each becomes a model line, a
   * conf message and a finding, and 700,000 short lines within {@link #MAX_FILE_BYTES} exhausted a
   * 256 MB heap.
   */
  public static final int MAX_CONFIG_LINES = 200_000;

  /**
   * Entries (config, menuconfig, choice, menu, comment, if) in one Kconfig file (6.1: at most 393
   * in one file; for the whole tree see {@link #MAX_KCONFIG_TREE_ENTRIES}): the file's tokens and
   * parse tree are held at once, and 100,000 entries in one file exhausted a 256 MB heap where
   * 50,000 are read.
   */
  public static final int MAX_KCONFIG_ENTRIES = 20_000;

  /**
   * Entries in all the Kconfig files of one tree, a file sourced twice counting twice (6.1
   * ARCH=arm: 18,518 in its 1,546 file reads; x86 17,699, arm64 17,589, powerpc 17,822): each
   * becomes a menu node held until the tree is built, and a tree of many files, each within {@link
   * #MAX_KCONFIG_ENTRIES}, could otherwise fill the heap.
   */
  public static final int MAX_KCONFIG_TREE_ENTRIES = 100_000;

  /**
   * Definitions (config, menuconfig, named choice) of one symbol in a Kconfig tree, a file sourced
   * twice counting twice (6.1: at most 2, e.g. BPF, for each of arm, arm64, x86, powerpc, mips,
   * riscv, s390 and sparc): conf's menu_finalize visits all of a symbol's properties for each of
   * its definitions, quadratic in their number (conf itself took 13 s for 20,000 definitions of one
   * symbol, kclint 9 to 12 s, and kclint 342 s for 100,000 within the bounds above). At this bound
   * the worst tree the entry bounds allow, 100 symbols of 1,000 definitions, is checked as fast as
   * one of 100,000 symbols defined once (about 6 s with -Xmx256m).
   */
  public static final int MAX_SYMBOL_DEFINITIONS = 1000;

  /** if/menu/choice blocks within one Kconfig file (6.1 nests fewer than 10). */
  public static final int MAX_BLOCK_DEPTH = 200;

  /** Parentheses and negations within one expression, in any grammar with recursive parsing. */
  public static final int MAX_EXPRESSION_DEPTH = 200;

  /**
   * || and && operators in one Kconfig expression (6.1 has at most 20): conf removes duplicate
   * operands pairwise (expr_eliminate_dups), quadratic in their number, and 64,000 took minutes.
   */
  public static final int MAX_EXPRESSION_OPERATORS = 1000;

  /** Nested references while expanding one Kconfig macro (preprocess.c stops at 1000). */
  public static final int MAX_MACRO_DEPTH = 200;

  /** Characters one macro expansion may produce (the longest in 6.1 is under 300). */
  public static final int MAX_MACRO_EXPANSION_CHARS = 1 << 20;

  /**
   * References evaluated while expanding one line: bounds expansions that stay small but branch
   * exponentially ({@code A = $(B)$(B)}, {@code B = $(C)$(C)}, ...).
   */
  public static final int MAX_MACRO_STEPS = 100_000;

  /** Chain of {@code source} lines followed (6.1: 6). */
  public static final int MAX_SOURCE_DEPTH = 64;

  /** Kconfig files read in one tree, counting repeats (6.1 ARCH=arm: 1,545). */
  public static final int MAX_SOURCED_FILES = 20_000;

  /**
   * Device tree nodes nested within each other, the root counting as one (real boards: under 10).
   */
  public static final int MAX_NODE_DEPTH = 200;

  /**
   * Nodes in one device tree source with all it includes, counting each opening brace (the largest
   * ARM board of 6.1, am572x-idk, has under 1,000): the tree and its source map are held at once,
   * and 100,000 nodes exhausted a 256 MB heap where 50,000 are read.
   */
  public static final int MAX_DT_NODES = 20_000;

  /**
   * Nesting of {@code #include} and {@code /include/} in a device tree source, the file given
   * counting as one (real boards: under 10; cpp and dtc stop at 200, but an include cycle read 200
   * deep takes over a second); deeper means an include cycle.
   */
  public static final int MAX_INCLUDE_DEPTH = 64;

  /**
   * Tokens produced by macro expansion while preprocessing one device tree source with all it
   * includes: cpp has no bound, but no ARM board of 6.1 comes near; this stops macros that double
   * at every level ({@code #define A2 A1 A1}) or have huge bodies long before they take a second.
   */
  public static final int MAX_DTS_EXPANSIONS = 50_000;

  /**
   * Seconds one {@code $(shell,...)} command may run when the user lets commands run (the slowest
   * of 6.1 ARCH=arm, a compiler probe, takes well under one): conf would wait for ever on a command
   * that hangs; a CI gate must not.
   */
  public static final int SHELL_SECONDS = 60;
}
