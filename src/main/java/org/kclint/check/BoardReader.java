package org.kclint.check;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.nio.file.Path;
import org.kclint.board.BoardFacts;
import org.kclint.board.CpuDatabase;
import org.kclint.board.DeviceTree;
import org.kclint.board.FactOverrides;
import org.kclint.board.FactsTsv;
import org.kclint.board.SocDatabase;
import org.kclint.board.TreeFacts;
import org.kclint.board.parse.DtsReader;
import org.kclint.io.InputFiles;
import org.kclint.report.BoardListing;

/**
 * Turns a board's description into its facts in one call: the device tree read as cpp and dtc
 * would, the CPU and SoC databases' facts about its cores, the override file on top. One reader per
 * run, so that boards sharing .dtsi files read them once.
 */
public final class BoardReader {
  private final BoardSource source;
  private final DtsReader reader;
  private final Supplier<CpuDatabase> cpus = Suppliers.memoize(CpuDatabase::bundled);
  private final Supplier<SocDatabase> socs = Suppliers.memoize(SocDatabase::bundled);

  public BoardReader(BoardSource source) {
    this.source = source;
    this.reader = new DtsReader(source.includeDirs(), source.allowOutsideIncludes());
  }

  /** The facts of the board {@code dts} describes, with the override file applied. */
  public BoardFacts facts(Path dts) {
    return facts(reader.read(dts));
  }

  /** The facts of a device tree given as bytes, named {@code dts} in positions. */
  public BoardFacts facts(Path dts, byte[] content) {
    return facts(reader.read(dts, content));
  }

  /** The facts of the override file alone, for a board without a device tree. */
  public BoardFacts factsWithoutTree() {
    return BoardFacts.unknown().with(overrides());
  }

  /** The device tree itself, for callers that print what it holds. */
  public DeviceTree deviceTree(Path dts) {
    return reader.read(dts);
  }

  /** The facts of the board {@code dts} describes as {@code kclint board} prints them. */
  public String listing(Path dts) {
    return BoardListing.text(dts.toString(), facts(dts));
  }

  /** The override file's facts as {@code kclint board} prints them for a board without a tree. */
  public String listingWithoutTree() {
    return BoardListing.text("(no device tree)", factsWithoutTree());
  }

  /** The column names of {@link #tsvLine}, as in reference/dts/arm-facts.tsv. */
  public static String tsvHeader() {
    return FactsTsv.HEADER;
  }

  /** The device tree's facts in the columns of reference/dts/arm-facts.tsv, named by file name. */
  public String tsvLine(Path dts) {
    return FactsTsv.line(dts.getFileName().toString(), deviceTree(dts));
  }

  private BoardFacts facts(DeviceTree tree) {
    return BoardFacts.of(TreeFacts.of(tree), cpus.get(), socs.get()).with(overrides());
  }

  private FactOverrides overrides() {
    if (source.factsFile().isEmpty()) {
      return FactOverrides.none();
    }
    Path file = source.factsFile().get();
    return FactOverrides.parse(file.toString(), InputFiles.read(file));
  }
}
