package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.kclint.board.DeviceTree;
import org.kclint.board.parse.DtsParser.BinaryExprContext;
import org.kclint.board.parse.DtsParser.BytesPieceContext;
import org.kclint.board.parse.DtsParser.CellItemContext;
import org.kclint.board.parse.DtsParser.CellsPieceContext;
import org.kclint.board.parse.DtsParser.ChildNodeContext;
import org.kclint.board.parse.DtsParser.ConditionalExprContext;
import org.kclint.board.parse.DtsParser.DataPieceContext;
import org.kclint.board.parse.DtsParser.DeleteChildContext;
import org.kclint.board.parse.DtsParser.DeletePropertyContext;
import org.kclint.board.parse.DtsParser.DeleteRefContext;
import org.kclint.board.parse.DtsParser.ExprContext;
import org.kclint.board.parse.DtsParser.IncbinPieceContext;
import org.kclint.board.parse.DtsParser.IntegerPrimContext;
import org.kclint.board.parse.DtsParser.NodeBodyContext;
import org.kclint.board.parse.DtsParser.OmitRefContext;
import org.kclint.board.parse.DtsParser.PathPieceContext;
import org.kclint.board.parse.DtsParser.PrimaryExprContext;
import org.kclint.board.parse.DtsParser.PropertyContext;
import org.kclint.board.parse.DtsParser.PropertyDefContext;
import org.kclint.board.parse.DtsParser.RefNodeContext;
import org.kclint.board.parse.DtsParser.ReferenceContext;
import org.kclint.board.parse.DtsParser.RootNodeContext;
import org.kclint.board.parse.DtsParser.SourceFileContext;
import org.kclint.board.parse.DtsParser.StringPieceContext;
import org.kclint.board.parse.DtsParser.SubnodeContext;
import org.kclint.board.parse.DtsParser.TopItemContext;
import org.kclint.board.parse.DtsParser.UnaryExprContext;
import org.kclint.board.parse.MutableTree.Node;
import org.kclint.board.parse.MutableTree.Property;
import org.kclint.board.parse.MutableTree.Ref;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * Applies a parsed source file the way dtc's parser actions and checks do (dtc-parser.y,
 * livetree.c, checks.c): nodes built per body, later definitions merged into earlier ones,
 * {@code &label} overrides, deletions, then phandle and path references resolved and unused
 * {@code /omit-if-no-ref/} nodes dropped.
 */
final class TreeBuilder {
  /** Reads the bytes of an {@code /incbin/} file, named relative to the token's file. */
  interface BinaryFiles {
    byte[] read(String name, Token at);
  }

  private final Function<Token, Position> locate;
  private final BinaryFiles binaries;
  private final String file;
  private final Map<String, List<Node>> labelled = new HashMap<>();
  private Node root;
  private boolean plugin;

  TreeBuilder(String file, Function<Token, Position> locate, BinaryFiles binaries) {
    this.file = file;
    this.locate = locate;
    this.binaries = binaries;
  }

  DeviceTree build(SourceFileContext ctx) {
    plugin = ctx.header().stream().anyMatch(h -> h.PLUGIN() != null);
    ImmutableList.Builder<DeviceTree.MemReserve> reserves = ImmutableList.builder();
    for (DtsParser.MemreserveContext m : ctx.memreserve()) {
      reserves.add(new DeviceTree.MemReserve(
          integer(m.integerPrim(0)), integer(m.integerPrim(1))));
    }
    for (TopItemContext item : ctx.topItem()) {
      topItem(item);
    }
    new ReferenceResolver(root, this::lookup).resolve();
    return new DeviceTree(file, plugin, reserves.build(), root.freeze());
  }

  private void topItem(TopItemContext item) {
    if (item instanceof RootNodeContext r) {
      Node node = body("", r.nodeBody(), r.SLASH().getSymbol());
      if (root == null) {
        root = node;
      } else {
        merge(root, node);
      }
      return;
    }
    if (root == null) {
      throw new InputException(locate.apply(item.getStart()),
          plugin ? "overlay fragments are not supported" : "the tree must start with the root node '/'");
    }
    if (item instanceof RefNodeContext r) {
      Node target = target(r.reference());
      if (r.LABEL() != null) {
        String label = labelName(r.LABEL());
        target.addLabel(label);
        index(label, target);
      }
      merge(target, body(target.name, r.nodeBody(), r.reference().getStart()));
    } else if (item instanceof DeleteRefContext d) {
      target(d.reference()).delete();
    } else if (item instanceof OmitRefContext o) {
      target(o.reference()).omitIfUnused = true;
    }
  }

  private Node target(ReferenceContext ref) {
    Node target = lookup(refName(ref));
    if (target == null) {
      throw new InputException(locate.apply(ref.getStart()),
          "label or path " + refName(ref) + " not found");
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

  private static String refName(ReferenceContext ref) {
    String text = ref.getText();
    return ref.LABEL_REF() != null ? text.substring(1) : text.substring(2, text.length() - 1);
  }

  private void index(String label, Node node) {
    List<Node> nodes = labelled.computeIfAbsent(label, k -> new ArrayList<>(1));
    if (!nodes.contains(node)) {
      nodes.add(node);
    }
  }

  /** dtc's build_node: a fresh node from one body, in source order, deletions as flagged entries. */
  private Node body(String name, NodeBodyContext ctx, Token at) {
    Node node = new Node(name, locate.apply(at));
    for (PropertyDefContext p : ctx.propertyDef()) {
      node.properties.add(property(p));
    }
    for (SubnodeContext s : ctx.subnode()) {
      Node child;
      if (s instanceof ChildNodeContext c) {
        child = body(nodeName(c.PROPNODENAME()), c.nodeBody(), c.PROPNODENAME().getSymbol());
        for (TerminalNode l : c.LABEL()) {
          child.addLabel(labelName(l));
          index(labelName(l), child);
        }
        child.omitIfUnused = !c.OMIT_NO_REF().isEmpty();
      } else {
        DeleteChildContext d = (DeleteChildContext) s;
        child = new Node(nodeName(d.PROPNODENAME()), locate.apply(d.PROPNODENAME().getSymbol()));
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

  private Property property(PropertyDefContext ctx) {
    if (ctx instanceof DeletePropertyContext d) {
      Property p = new Property(nodeName(d.PROPNODENAME()), new byte[0], List.of(),
          locate.apply(d.PROPNODENAME().getSymbol()));
      p.deleted = true;
      return p;
    }
    PropertyContext pc = (PropertyContext) ctx;
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    List<Ref> refs = new ArrayList<>();
    if (pc.propData() != null) {
      for (DataPieceContext piece : pc.propData().dataPiece()) {
        dataPiece(piece, value, refs);
      }
    }
    Property p = new Property(nodeName(pc.PROPNODENAME()), value.toByteArray(), refs,
        locate.apply(pc.PROPNODENAME().getSymbol()));
    for (TerminalNode l : pc.LABEL()) {
      addPropertyLabel(p, labelName(l));
    }
    return p;
  }

  private void dataPiece(DataPieceContext piece, ByteArrayOutputStream out, List<Ref> refs) {
    if (piece instanceof StringPieceContext s) {
      String text = s.STRING().getText();
      out.writeBytes(Escapes.decode(text.substring(1, text.length() - 1))
          .getBytes(StandardCharsets.ISO_8859_1));
      out.write(0);
    } else if (piece instanceof CellsPieceContext c) {
      cells(c, out, refs);
    } else if (piece instanceof BytesPieceContext b) {
      for (DtsParser.ByteItemContext item : b.byteItem()) {
        if (item.BYTE() != null) {
          out.write(Integer.parseInt(item.BYTE().getText(), 16));
        }
      }
    } else if (piece instanceof PathPieceContext p) {
      refs.add(new Ref(out.size(), false, refName(p.reference()),
          locate.apply(p.reference().getStart())));
    } else {
      IncbinPieceContext inc = (IncbinPieceContext) piece;
      String name = inc.STRING().getText();
      byte[] data = binaries.read(Escapes.decode(name.substring(1, name.length() - 1)),
          inc.STRING().getSymbol());
      int from = inc.integerPrim().isEmpty() ? 0 : (int) Math.min(integer(inc.integerPrim(0)), data.length);
      int length = inc.integerPrim().isEmpty() ? data.length - from
          : (int) Math.min(integer(inc.integerPrim(1)), data.length - from);
      out.write(data, from, length);
    }
  }

  private void cells(CellsPieceContext c, ByteArrayOutputStream out, List<Ref> refs) {
    int bits = 32;
    if (c.bits != null) {
      long requested = literal(c.width);
      if (requested != 8 && requested != 16 && requested != 32 && requested != 64) {
        throw new InputException(locate.apply(c.width),
            "array elements must be 8, 16, 32 or 64 bits");
      }
      bits = (int) requested;
    }
    for (CellItemContext item : c.cellItem()) {
      if (item.integerPrim() != null) {
        long value = integer(item.integerPrim());
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        // As dtc: too wide is an error, unless it is a sign-extended negative number.
        if (Long.compareUnsigned(value, mask) > 0 && (value | mask) != -1L) {
          throw new InputException(locate.apply(item.getStart()),
              "value out of range for " + bits + "-bit array element");
        }
        MutableTree.appendInteger(out, value, bits / 8);
      } else if (item.reference() != null) {
        if (bits != 32) {
          throw new InputException(locate.apply(item.getStart()),
              "references are only allowed in arrays with 32-bit elements");
        }
        refs.add(new Ref(out.size(), true, refName(item.reference()),
            locate.apply(item.getStart())));
        MutableTree.appendInteger(out, 0xffffffffL, 4);
      }
    }
  }

  private long integer(IntegerPrimContext ctx) {
    if (ctx.LITERAL() != null) {
      return literal(ctx.LITERAL().getSymbol());
    }
    if (ctx.CHAR_LITERAL() != null) {
      Token t = ctx.CHAR_LITERAL().getSymbol();
      String body = Escapes.decode(t.getText().substring(1, t.getText().length() - 1));
      if (body.length() != 1) {
        throw new InputException(locate.apply(t), body.isEmpty()
            ? "empty character literal"
            : "character literal has " + body.length() + " characters instead of 1");
      }
      return body.charAt(0) & 0xff;
    }
    return expr(ctx.expr());
  }

  /** strtoull with base 0, as dtc reads literals: 0x hex, leading 0 octal, else decimal. */
  private long literal(Token t) {
    String text = t.getText();
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == 'U' || text.charAt(end - 1) == 'L')) {
      end--;
    }
    String digits = text.substring(0, end);
    try {
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        return Long.parseUnsignedLong(digits.substring(2), 16);
      }
      if (digits.length() > 1 && digits.charAt(0) == '0') {
        return Long.parseUnsignedLong(digits.substring(1), 8);
      }
      return Long.parseUnsignedLong(digits);
    } catch (NumberFormatException e) {
      throw new InputException(locate.apply(t), "bad integer literal '" + text + "'");
    }
  }

  /** dtc's integer expressions: unsigned 64-bit arithmetic. */
  private long expr(ExprContext ctx) {
    if (ctx instanceof PrimaryExprContext p) {
      return integer(p.integerPrim());
    }
    if (ctx instanceof UnaryExprContext u) {
      long v = expr(u.expr());
      return switch (u.op.getType()) {
        case DtsLexer.MINUS -> -v;
        case DtsLexer.TILDE -> ~v;
        default -> v == 0 ? 1 : 0;
      };
    }
    if (ctx instanceof ConditionalExprContext c) {
      return expr(c.expr(0)) != 0 ? expr(c.expr(1)) : expr(c.expr(2));
    }
    BinaryExprContext b = (BinaryExprContext) ctx;
    long l = expr(b.expr(0));
    long r = expr(b.expr(1));
    return switch (b.op.getType()) {
      case DtsLexer.STAR -> l * r;
      case DtsLexer.SLASH, DtsLexer.PERCENT -> {
        if (r == 0) {
          throw new InputException(locate.apply(b.op), "division by zero");
        }
        yield b.op.getType() == DtsLexer.SLASH
            ? Long.divideUnsigned(l, r) : Long.remainderUnsigned(l, r);
      }
      case DtsLexer.PLUS -> l + r;
      case DtsLexer.MINUS -> l - r;
      case DtsLexer.LSHIFT -> Long.compareUnsigned(r, 64) < 0 ? l << r : 0;
      case DtsLexer.RSHIFT -> Long.compareUnsigned(r, 64) < 0 ? l >>> r : 0;
      case DtsLexer.LT -> Long.compareUnsigned(l, r) < 0 ? 1 : 0;
      case DtsLexer.GT -> Long.compareUnsigned(l, r) > 0 ? 1 : 0;
      case DtsLexer.LE -> Long.compareUnsigned(l, r) <= 0 ? 1 : 0;
      case DtsLexer.GE -> Long.compareUnsigned(l, r) >= 0 ? 1 : 0;
      case DtsLexer.EQ -> l == r ? 1 : 0;
      case DtsLexer.NE -> l != r ? 1 : 0;
      case DtsLexer.AMP -> l & r;
      case DtsLexer.CARET -> l ^ r;
      case DtsLexer.PIPE -> l | r;
      case DtsLexer.AND -> (l != 0 && r != 0) ? 1 : 0;
      default -> (l != 0 || r != 0) ? 1 : 0;
    };
  }

  private static String labelName(TerminalNode label) {
    String text = label.getText();
    return text.substring(0, text.length() - 1);
  }

  private static String nodeName(TerminalNode name) {
    String text = name.getText();
    return text.startsWith("\\") ? text.substring(1) : text;
  }
}
