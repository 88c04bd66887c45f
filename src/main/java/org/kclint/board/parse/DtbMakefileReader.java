package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kclint.board.DtbTargets;
import org.kclint.diag.InputException;
import org.kclint.diag.InputLimits;
import org.kclint.diag.Position;
import org.kclint.io.InputFiles;
import org.kclint.io.ReadRoots;

/**
 * Reads the Kbuild Makefiles that list a tree's device trees. Only the assignments Kbuild uses to
 * choose what to build are understood ({@code dtb-}, {@code subdir-}); other variable assignments
 * ({@code DTC_FLAGS_board := -@}) do not choose anything and are skipped; a conditional or a rule
 * would change the lists in ways this reader cannot follow, so it is an error rather than a
 * silently wrong list.
 */
public final class DtbMakefileReader {
  private static final Pattern LIST =
      Pattern.compile(
          "(dtb|subdir)-(?:y|\\$\\(CONFIG_([A-Za-z0-9_]+)\\))\\s*\\+?=(.*)", Pattern.DOTALL);
  private static final Pattern OTHER_ASSIGNMENT =
      Pattern.compile("[A-Za-z0-9_.-]+\\s*(?::|\\+|\\?)?=.*", Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_.,+-]+");

  private DtbMakefileReader() {}

  /** The targets of {@code dir/Makefile} and of the subdirectories it names. */
  public static DtbTargets read(Path dir) {
    List<DtbTargets.Target> targets = new ArrayList<>();
    read(dir, ReadRoots.of(List.of(dir)), Optional.empty(), targets, 0);
    return new DtbTargets(ImmutableList.copyOf(targets));
  }

  private static void read(
      Path dir, ReadRoots tree, Optional<String> guard, List<DtbTargets.Target> out, int depth) {
    Path makefile = dir.resolve("Makefile");
    if (depth > InputLimits.MAX_SOURCE_DEPTH) {
      throw new InputException(
          Position.ofLine(makefile.toString(), 1),
          "subdir- nesting deeper than " + InputLimits.MAX_SOURCE_DEPTH);
    }
    List<String> lines =
        new String(InputFiles.read(makefile), StandardCharsets.ISO_8859_1).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      int first = i;
      StringBuilder logical = new StringBuilder(stripComment(lines.get(i)));
      while (logical.toString().endsWith("\\") && i + 1 < lines.size()) {
        logical.setLength(logical.length() - 1);
        logical.append(' ').append(stripComment(lines.get(++i)));
      }
      String line = logical.toString().strip();
      if (line.isEmpty()) {
        continue;
      }
      Position at = Position.ofLine(makefile.toString(), first + 1);
      Matcher m = LIST.matcher(line);
      if (m.matches()) {
        Optional<String> symbol = Optional.ofNullable(m.group(2)).or(() -> guard);
        for (String word : m.group(3).trim().split("\\s+")) {
          if (word.isEmpty()) {
            continue;
          }
          if (!WORD.matcher(word).matches()) {
            throw new InputException(
                at, "cannot follow '" + word + "' in a " + m.group(1) + "- list");
          }
          if (m.group(1).equals("subdir")) {
            read(inside(tree, dir.resolve(word), word, at), tree, symbol, out, depth + 1);
          } else if (word.endsWith(".dtb")) {
            Path source = dir.resolve(word.substring(0, word.length() - 4) + ".dts");
            out.add(new DtbTargets.Target(symbol, inside(tree, source, word, at), at));
          }
        }
      } else if (!OTHER_ASSIGNMENT.matcher(line).matches()) {
        throw new InputException(
            at,
            "not a variable assignment: the dtb lists cannot be read past '" + first(line) + "'");
      }
    }
  }

  /**
   * {@code file}, if it lies in the folder read (a symbolic link counting where it leads): a tree
   * from elsewhere must not make kclint read a board, and show its contents, from outside.
   */
  private static Path inside(ReadRoots tree, Path file, String written, Position at) {
    if (!tree.contains(file.toAbsolutePath())) {
      throw new InputException(
          at, "refusing to read \"" + written + "\": outside the device tree folder");
    }
    return file;
  }

  /** A Makefile comment runs from an unescaped '#' to the end of the line. */
  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static String first(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }
}
