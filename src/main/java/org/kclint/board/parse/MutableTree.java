package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kclint.board.DtNode;
import org.kclint.board.DtProperty;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * The tree while dtc's rules are applied to it: like dtc's livetree, deleted nodes, properties and
 * labels stay in place, flagged, so that a later redefinition revives them where they were.
 */
final class MutableTree {
  private MutableTree() {}

  static final class Label {
    final String name;
    boolean deleted;

    Label(String name) {
      this.name = name;
    }
  }

  /** A reference inside a property value, resolved once the whole tree is known. */
  record Ref(int offset, boolean phandle, String target, Position position) {}

  static final class Property {
    final String name;
    final List<Label> labels = new ArrayList<>();
    byte[] value;
    List<Ref> refs;
    boolean deleted;
    Position position;

    Property(String name, byte[] value, List<Ref> refs, Position position) {
      this.name = name;
      this.value = value;
      this.refs = refs;
      this.position = position;
    }

    void delete() {
      deleted = true;
      labels.forEach(l -> l.deleted = true);
    }

    DtProperty freeze() {
      return new DtProperty(name, liveLabels(labels), value, position);
    }
  }

  static final class Node {
    String name;
    final List<Label> labels = new ArrayList<>();
    final List<Property> properties = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    Node parent;
    boolean deleted;
    boolean omitIfUnused;
    boolean referenced;
    long phandle;
    final Position position;

    Node(String name, Position position) {
      this.name = name;
      this.position = position;
    }

    Property property(String propertyName) {
      for (Property p : properties) {
        if (!p.deleted && p.name.equals(propertyName)) {
          return p;
        }
      }
      return null;
    }

    boolean hasLabel(String label) {
      for (Label l : labels) {
        if (!l.deleted && l.name.equals(label)) {
          return true;
        }
      }
      return false;
    }

    void addLabel(String label) {
      for (Label l : labels) {
        if (l.name.equals(label)) {
          l.deleted = false;
          return;
        }
      }
      labels.add(new Label(label));
    }

    private void unique(Map<String, Position> seen, String name, Position at, String what) {
      Position first = seen.putIfAbsent(name, at);
      if (first != null) {
        throw new InputException(
            at,
            "duplicate "
                + what
                + " name '"
                + name
                + "' in "
                + path()
                + " (first at "
                + first
                + ")");
      }
    }

    String path() {
      if (parent == null) {
        return "/";
      }
      String parentPath = parent.path();
      return (parentPath.equals("/") ? "" : parentPath) + "/" + name;
    }

    /** dtc's delete_node: this node, its labels, properties and subtree are flagged deleted. */
    void delete() {
      deleted = true;
      for (Node c : children) {
        if (!c.deleted) {
          c.delete();
        }
      }
      properties.forEach(Property::delete);
      labels.forEach(l -> l.deleted = true);
    }

    /**
     * This node as built, refusing what dtc's checks refuse (checks.c duplicate_node_names and
     * duplicate_property_names, errors): two live children or properties of one name, which only
     * one body can give (a later body is merged into the earlier one). A board with two cpu@0 nodes
     * would otherwise count two CPUs.
     */
    DtNode freeze() {
      ImmutableList.Builder<DtProperty> props = ImmutableList.builder();
      Map<String, Position> seen = new HashMap<>();
      for (Property p : properties) {
        if (!p.deleted) {
          unique(seen, p.name, p.position, "property");
          props.add(p.freeze());
        }
      }
      seen.clear();
      ImmutableList.Builder<DtNode> kids = ImmutableList.builder();
      for (Node c : children) {
        if (!c.deleted) {
          unique(seen, c.name, c.position, "node");
          kids.add(c.freeze());
        }
      }
      return new DtNode(name, liveLabels(labels), props.build(), kids.build(), position);
    }
  }

  private static ImmutableList<String> liveLabels(List<Label> labels) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (Label l : labels) {
      if (!l.deleted) {
        out.add(l.name);
      }
    }
    return out.build();
  }

  /** Big-endian bytes of a value {@code bytes} wide. */
  static void appendInteger(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xff);
    }
  }
}
