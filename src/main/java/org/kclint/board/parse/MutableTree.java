package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.kclint.board.DtNode;
import org.kclint.board.DtProperty;
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

    DtNode freeze() {
      ImmutableList.Builder<DtProperty> props = ImmutableList.builder();
      for (Property p : properties) {
        if (!p.deleted) {
          props.add(p.freeze());
        }
      }
      ImmutableList.Builder<DtNode> kids = ImmutableList.builder();
      for (Node c : children) {
        if (!c.deleted) {
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
