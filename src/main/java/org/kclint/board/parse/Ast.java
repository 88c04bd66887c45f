package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import org.kclint.board.parse.MutableTree.Ref;
import org.kclint.diag.Position;

/**
 * What a piece of device tree source says, before dtc's tree rules are applied: the parser's output
 * in our own immutable terms (values already evaluated to bytes, positions resolved), so that a
 * piece shared by many boards is parsed once per run.
 */
final class Ast {
  private Ast() {}

  /** A top-level statement, in source order. */
  sealed interface Item {
    Position position();
  }

  /** {@code /dts-v1/;}, optionally followed by {@code /plugin/;}. */
  record Header(boolean plugin, Position position) implements Item {}

  record MemReserve(long address, long size, Position position) implements Item {}

  /** {@code / { … };} */
  record RootNode(NodeDef body, Position position) implements Item {}

  /** {@code [label:] &ref { … };} */
  record RefNode(String label, String reference, NodeDef body, Position position) implements Item {}

  /** {@code /delete-node/ &ref;} */
  record DeleteRef(String reference, Position position) implements Item {}

  /** {@code /omit-if-no-ref/ &ref;} */
  record OmitRef(String reference, Position position) implements Item {}

  /** A node body with its name, labels and {@code /omit-if-no-ref/} mark. */
  record NodeDef(
      String name,
      ImmutableList<String> labels,
      boolean omitIfUnused,
      ImmutableList<PropDef> properties,
      ImmutableList<ChildDef> children,
      Position position)
      implements ChildDef {}

  /** An entry of a node body's children: a node, or {@code /delete-node/ name;}. */
  sealed interface ChildDef {}

  record DeleteChild(String name, Position position) implements ChildDef {}

  /**
   * A property ({@code deleted} for {@code /delete-property/}); {@code value} holds placeholder
   * bytes where {@code refs} will go. Never modified once built.
   */
  record PropDef(
      String name,
      ImmutableList<String> labels,
      byte[] value,
      ImmutableList<Ref> refs,
      boolean deleted,
      Position position) {}
}
