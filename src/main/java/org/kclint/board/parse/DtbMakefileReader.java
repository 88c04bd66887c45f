package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    read(dir, Optional.empty(), targets, 0);
    return new DtbTargets(ImmutableList.copyOf(targets));
  }

  private static void read(
      Path dir, Optional<String> guard, List<DtbTargets.Target> out, int depth) {
    Path makefile = dir.resolve("Makefile");
    if (depth > InputLimits.MAX_SOURCE_DEPTH) {
      throw new InputException(
          Position.ofLine(makefile.toString(), 1),
          "subdir- nesting deeper than " + InputLimits.MAX_SOURCE_DEPTH);
    }
    InputLimits.checkFileSize(makefile, makefile.toString());
    List<String> lines;
    try {
      lines = Files.readAllLines(makefile, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new InputException(
          Position.ofLine(makefile.toString(), 1),
          "cannot read the device tree Makefile: " + e.getMessage());
    }
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
            read(dir.resolve(word), symbol, out, depth + 1);
          } else if (word.endsWith(".dtb")) {
            out.add(
                new DtbTargets.Target(
                    symbol, dir.resolve(word.substring(0, word.length() - 4) + ".dts"), at));
          }
        }
      } else if (!OTHER_ASSIGNMENT.matcher(line).matches()) {
        throw new InputException(
            at,
            "not a variable assignment: the dtb lists cannot be read past '" + first(line) + "'");
      }
    }
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
