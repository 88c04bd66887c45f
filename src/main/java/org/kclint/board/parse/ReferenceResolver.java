package org.kclint.board.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.kclint.board.parse.MutableTree.Node;
import org.kclint.board.parse.MutableTree.Property;
import org.kclint.board.parse.MutableTree.Ref;
import org.kclint.diag.InputException;

/**
 * dtc's checks that change the tree (checks.c): explicit phandles are noted, then in tree order
 * every {@code <&label>} gets its node's phandle (allocating the lowest free one, and adding a
 * {@code phandle} property) and every {@code &label} in a value becomes the node's path; last,
 * {@code /omit-if-no-ref/} nodes nobody referenced are deleted.
 */
final class ReferenceResolver {
  private final Node root;
  private final Function<String, Node> lookup;
  private final Set<Long> usedPhandles = new HashSet<>();
  private long nextPhandle = 1;

  ReferenceResolver(Node root, Function<String, Node> lookup) {
    this.root = root;
    this.lookup = lookup;
  }

  void resolve() {
    notePhandles(root);
    resolve(root);
    omitUnused(root);
  }

  private void notePhandles(Node node) {
    if (node.deleted) {
      return;
    }
    for (String name : new String[] {"phandle", "linux,phandle"}) {
      Property p = node.property(name);
      if (p != null && p.value.length == 4 && p.refs.isEmpty()) {
        long value =
            ((p.value[0] & 0xffL) << 24)
                | ((p.value[1] & 0xffL) << 16)
                | ((p.value[2] & 0xffL) << 8)
                | (p.value[3] & 0xffL);
        node.phandle = value;
        usedPhandles.add(value);
      }
    }
    for (Node c : node.children) {
      notePhandles(c);
    }
  }

  private void resolve(Node node) {
    if (node.deleted) {
      return;
    }
    for (int i = 0; i < node.properties.size(); i++) {
      Property p = node.properties.get(i);
      if (!p.deleted && !p.refs.isEmpty()) {
        resolve(p);
      }
    }
    for (int i = 0; i < node.children.size(); i++) {
      resolve(node.children.get(i));
    }
  }

  private void resolve(Property p) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(p.value.length + 16);
    int copied = 0;
    for (Ref ref : p.refs) {
      Node target = lookup.apply(ref.target());
      if (target == null) {
        throw new InputException(
            ref.position(), "reference to non-existent node or label " + ref.target());
      }
      target.referenced = true;
      out.write(p.value, copied, ref.offset() - copied);
      copied = ref.offset();
      if (ref.phandle()) {
        MutableTree.appendInteger(out, phandle(target), 4);
        copied += 4;
      } else {
        out.writeBytes(target.path().getBytes(StandardCharsets.ISO_8859_1));
        out.write(0);
      }
    }
    out.write(p.value, copied, p.value.length - copied);
    p.value = out.toByteArray();
    p.refs = List.of();
  }

  private long phandle(Node node) {
    if (node.phandle != 0 && node.phandle != 0xffffffffL) {
      return node.phandle;
    }
    while (usedPhandles.contains(nextPhandle)) {
      nextPhandle++;
    }
    node.phandle = nextPhandle;
    usedPhandles.add(nextPhandle);
    if (node.property("phandle") == null) {
      ByteArrayOutputStream value = new ByteArrayOutputStream(4);
      MutableTree.appendInteger(value, nextPhandle, 4);
      node.properties.add(new Property("phandle", value.toByteArray(), List.of(), node.position));
    }
    return nextPhandle;
  }

  private void omitUnused(Node node) {
    if (node.deleted) {
      return;
    }
    if (node.omitIfUnused && !node.referenced) {
      node.delete();
      return;
    }
    for (Node c : node.children) {
      omitUnused(c);
    }
  }
}
