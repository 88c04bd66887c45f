package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kclint.board.DeviceTree;
import org.kclint.board.parse.MutableTree.Node;
import org.kclint.board.parse.MutableTree.Property;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * Applies a board's {@link Ast} items the way dtc's parser actions and checks do (dtc-parser.y,
 * livetree.c, checks.c): nodes built per body, later definitions merged into earlier ones, {@code
 * &label} overrides, deletions, then phandle and path references resolved and unused {@code
 * /omit-if-no-ref/} nodes dropped.
 */
final class DeviceTreeBuilder {
  private final String file;
  private final Map<String, List<Node>> labelled = new HashMap<>();
  private Node root;
  private boolean plugin;

  DeviceTreeBuilder(String file) {
    this.file = file;
  }

  DeviceTree build(List<Ast.Item> items) {
    ImmutableList.Builder<DeviceTree.MemReserve> reserves = ImmutableList.builder();
    Ast.Header header = null;
    boolean body = false;
    for (Ast.Item item : items) {
      if (item instanceof Ast.Header h) {
        if (header != null && h.plugin() != header.plugin()) {
          throw new InputException(h.position(), "header flags don't match earlier ones");
        }
        if (body || (header == null && !reserves.build().isEmpty())) {
          throw new InputException(h.position(), "/dts-v1/ must come first");
        }
        header = h;
        plugin = h.plugin();
      } else if (header == null) {
        throw new InputException(item.position(), "missing /dts-v1/; before the first definition");
      } else if (item instanceof Ast.MemReserve m) {
        if (body) {
          throw new InputException(m.position(), "/memreserve/ must come before the nodes");
        }
        reserves.add(new DeviceTree.MemReserve(m.address(), m.size()));
      } else {
        body = true;
        topItem(item);
      }
    }
    if (root == null) {
      throw new InputException(new Position(file, 1, 1), "no root node '/ { … };'");
    }
    new ReferenceResolver(root, this::lookup).resolve();
    return new DeviceTree(file, plugin, reserves.build(), root.freeze());
  }

  private void topItem(Ast.Item item) {
    if (item instanceof Ast.RootNode r) {
      Node node = node(r.body());
      if (root == null) {
        root = node;
      } else {
        merge(root, node);
      }
      return;
    }
    if (root == null) {
      throw new InputException(
          item.position(),
          plugin
              ? "overlay fragments are not supported"
              : "the tree must start with the root node '/'");
    }
    if (item instanceof Ast.RefNode r) {
      Node target = target(r.reference(), r.position());
      if (r.label() != null) {
        target.addLabel(r.label());
        index(r.label(), target);
      }
      Node fresh = node(r.body());
      fresh.name = target.name;
      merge(target, fresh);
    } else if (item instanceof Ast.DeleteRef d) {
      target(d.reference(), d.position()).delete();
    } else if (item instanceof Ast.OmitRef o) {
      target(o.reference(), o.position()).omitIfUnused = true;
    }
  }

  private Node target(String ref, Position at) {
    Node target = lookup(ref);
    if (target == null) {
      throw new InputException(at, "label or path " + ref + " not found");
    }
    return target;
  }

  /** dtc's get_node_by_ref: a path from the root, or the node carrying a live label. */
  private Node lookup(String ref) {
    if (ref.equals("/")) {
      return root;
    }
    if (ref.startsWith("/")) {
      Node node = root;
      for (String part : ref.substring(1).split("/", -1)) {
        if (part.isEmpty()) {
          continue;
        }
        Node next = null;
        for (Node c : node.children) {
          if (!c.deleted && c.name.equals(part)) {
            next = c;
            break;
          }
        }
        if (next == null) {
          return null;
        }
        node = next;
      }
      return node;
    }
    for (Node candidate : labelled.getOrDefault(ref, List.of())) {
      if (!candidate.deleted && candidate.hasLabel(ref) && attached(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean attached(Node node) {
    Node n = node;
    while (n.parent != null) {
      n = n.parent;
    }
    return n == root;
  }

  private void index(String label, Node node) {
    List<Node> nodes = labelled.computeIfAbsent(label, k -> new ArrayList<>(1));
    if (!nodes.contains(node)) {
      nodes.add(node);
    }
  }

  /**
   * dtc's build_node: a fresh node from one body, in source order, deletions as flagged entries.
   */
  private Node node(Ast.NodeDef def) {
    Node node = new Node(def.name(), def.position());
    node.omitIfUnused = def.omitIfUnused();
    for (String label : def.labels()) {
      node.addLabel(label);
      index(label, node);
    }
    for (Ast.PropDef p : def.properties()) {
      Property property = new Property(p.name(), p.value(), p.refs(), p.position());
      property.deleted = p.deleted();
      for (String label : p.labels()) {
        addPropertyLabel(property, label);
      }
      node.properties.add(property);
    }
    for (Ast.ChildDef c : def.children()) {
      Node child;
      if (c instanceof Ast.NodeDef n) {
        child = node(n);
      } else {
        Ast.DeleteChild d = (Ast.DeleteChild) c;
        child = new Node(d.name(), d.position());
        child.deleted = true;
      }
      child.parent = node;
      node.children.add(child);
    }
    return node;
  }

  /** dtc's merge_nodes. */
  private void merge(Node old, Node fresh) {
    old.deleted = false;
    for (MutableTree.Label l : fresh.labels) {
      old.addLabel(l.name);
      index(l.name, old);
    }
    if (fresh.omitIfUnused) {
      old.omitIfUnused = true;
    }
    for (Property p : fresh.properties) {
      if (p.deleted) {
        Property existing = old.property(p.name);
        if (existing != null) {
          existing.delete();
        }
        continue;
      }
      Property collision = named(old.properties, p.name, q -> q.name);
      if (collision == null) {
        old.properties.add(p);
      } else {
        for (MutableTree.Label l : p.labels) {
          addPropertyLabel(collision, l.name);
        }
        collision.value = p.value;
        collision.refs = p.refs;
        collision.deleted = false;
        collision.position = p.position;
      }
    }
    for (Node c : fresh.children) {
      if (c.deleted) {
        for (Node o : old.children) {
          if (!o.deleted && o.name.equals(c.name)) {
            o.delete();
            break;
          }
        }
        continue;
      }
      Node collision = named(old.children, c.name, n -> n.name);
      if (collision == null) {
        c.parent = old;
        old.children.add(c);
      } else {
        merge(collision, c);
      }
    }
  }

  /** The first entry called {@code name}, deleted or not, as dtc's *_withdel loops find it. */
  private static <T> T named(List<T> entries, String name, Function<T, String> nameOf) {
    for (T e : entries) {
      if (nameOf.apply(e).equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static void addPropertyLabel(Property p, String label) {
    for (MutableTree.Label l : p.labels) {
      if (l.name.equals(label)) {
        l.deleted = false;
        return;
      }
    }
    p.labels.add(new MutableTree.Label(label));
  }
}
