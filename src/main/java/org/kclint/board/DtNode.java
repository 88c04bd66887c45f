package org.kclint.board;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.kclint.diag.Position;

/**
 * A node of the merged device tree: name (with unit address; the root's is empty), labels,
 * properties and children in dtc's order, and where the node was first defined.
 */
public record DtNode(
    String name,
    ImmutableList<String> labels,
    ImmutableList<DtProperty> properties,
    ImmutableList<DtNode> children,
    Position position) {

  public Optional<DtProperty> property(String propertyName) {
    for (DtProperty p : properties) {
      if (p.name().equals(propertyName)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public Optional<DtNode> child(String childName) {
    for (DtNode c : children) {
      if (c.name().equals(childName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The first string of a property, when the property is there. */
  public Optional<String> string(String propertyName) {
    return property(propertyName).flatMap(DtProperty::firstString);
  }
}
