package org.kclint.report;

import java.util.ArrayList;
import java.util.List;
import org.kclint.board.BoardFacts;
import org.kclint.board.Fact;
import org.kclint.board.FactValue;

/** A board's facts on a terminal ({@code kclint board}): each known fact with its source. */
public final class BoardListing {
  private BoardListing() {}

  /** The title line, then each known fact and where it comes from, then the unknown ones. */
  public static String text(String title, BoardFacts facts) {
    StringBuilder out = new StringBuilder(title).append('\n');
    int width = 0;
    for (Fact f : Fact.values()) {
      width = Math.max(width, f.key().length());
    }
    List<String> unknown = new ArrayList<>();
    for (Fact f : Fact.values()) {
      if (facts.fact(f).isEmpty()) {
        unknown.add(f.key());
        continue;
      }
      FactValue v = facts.fact(f).get();
      out.append(String.format("  %-" + width + "s = %s%n", f.key(), display(f, v)));
      out.append(String.format("  %-" + width + "s   (%s)%n", "", v.source().describe()));
    }
    out.append("  unknown: ")
        .append(unknown.isEmpty() ? "none" : String.join(", ", unknown))
        .append('\n');
    return out.toString();
  }

  private static String display(Fact f, FactValue v) {
    if (v instanceof FactValue.Int i && f == Fact.RAM_BYTES) {
      return String.format("%d (%d MiB)", i.value(), i.value() >> 20);
    }
    if (v instanceof FactValue.Int i && f == Fact.RAM_TOP_PHYS) {
      return String.format("0x%x", i.value());
    }
    return v.text();
  }
}
