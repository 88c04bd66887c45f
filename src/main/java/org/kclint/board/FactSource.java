package org.kclint.board;

import org.kclint.diag.Position;

/** Where a board fact came from, so that a finding can say why kclint believes it. */
public sealed interface FactSource {
  Position position();

  /** One line for people: where, and on what authority. */
  String describe();

  /** Read from the board's device tree source. */
  record Dts(Position position) implements FactSource {
    @Override
    public String describe() {
      return "device tree " + position;
    }
  }

  /** The CPU database entry for a compatible string, with the entry's citation. */
  record CpuDatabase(String compatible, Position position, String citation) implements FactSource {
    @Override
    public String describe() {
      return "CPU database " + compatible + " (" + position + "): " + citation;
    }
  }

  /** The SoC database entry the board's compatible list picked, with the entry's citation. */
  record SocDatabase(String soc, Position position, String citation) implements FactSource {
    @Override
    public String describe() {
      return "SoC database " + soc + " (" + position + "): " + citation;
    }
  }

  /** A line of the user's board facts override file. */
  record OverrideLine(Position position) implements FactSource {
    @Override
    public String describe() {
      return "override " + position;
    }
  }
}
