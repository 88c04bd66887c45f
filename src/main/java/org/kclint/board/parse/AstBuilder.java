package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
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
import org.kclint.board.parse.DtsParser.StringPieceContext;
import org.kclint.board.parse.DtsParser.SubnodeContext;
import org.kclint.board.parse.DtsParser.TopItemContext;
import org.kclint.board.parse.DtsParser.UnaryExprContext;
import org.kclint.board.parse.MutableTree.Ref;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;

/**
 * Turns dtc's parse of a piece of source into {@link Ast} items, as dtc-parser.y's actions evaluate
 * it: strings with escapes, cells of 8 to 64 bits with integer expressions in unsigned 64-bit
 * arithmetic, byte strings, {@code /incbin/}, references left as placeholders.
 */
final class AstBuilder {
  /** Reads the bytes of an {@code /incbin/} file, named relative to the token's file. */
  interface BinaryFiles {
    byte[] read(String name, Token at);
  }

  private final Function<Token, Position> locate;
  private final BinaryFiles binaries;

  AstBuilder(Function<Token, Position> locate, BinaryFiles binaries) {
    this.locate = locate;
    this.binaries = binaries;
  }

  /** The items of a parsed piece, in source order. */
  ImmutableList<Ast.Item> items(DtsParser.SourceFileContext ctx) {
    ImmutableList.Builder<Ast.Item> out = ImmutableList.builder();
    for (DtsParser.HeaderContext h : ctx.header()) {
      out.add(new Ast.Header(h.PLUGIN() != null, locate.apply(h.getStart())));
    }
    for (DtsParser.MemreserveContext m : ctx.memreserve()) {
      out.add(
          new Ast.MemReserve(
              integer(m.integerPrim(0)),
              integer(m.integerPrim(1)),
              locate.apply(m.MEMRESERVE().getSymbol())));
    }
    for (TopItemContext item : ctx.topItem()) {
      out.add(topItem(item));
    }
    return out.build();
  }

  private Ast.Item topItem(TopItemContext item) {
    Position at = locate.apply(item.getStart());
    if (item instanceof RootNodeContext r) {
      return new Ast.RootNode(
          body("", ImmutableList.of(), false, r.nodeBody(), r.SLASH().getSymbol()), at);
    }
    if (item instanceof RefNodeContext r) {
      Position refAt = locate.apply(r.reference().getStart());
      return new Ast.RefNode(
          r.LABEL() == null ? null : labelName(r.LABEL()),
          refName(r.reference()),
          body("", ImmutableList.of(), false, r.nodeBody(), r.reference().getStart()),
          refAt);
    }
    if (item instanceof DeleteRefContext d) {
      return new Ast.DeleteRef(refName(d.reference()), locate.apply(d.reference().getStart()));
    }
    OmitRefContext o = (OmitRefContext) item;
    return new Ast.OmitRef(refName(o.reference()), locate.apply(o.reference().getStart()));
  }

  private static String refName(ReferenceContext ref) {
    String text = ref.getText();
    return ref.LABEL_REF() != null ? text.substring(1) : text.substring(2, text.length() - 1);
  }

  private Ast.NodeDef body(
      String name, ImmutableList<String> labels, boolean omit, NodeBodyContext ctx, Token at) {
    ImmutableList.Builder<Ast.PropDef> props = ImmutableList.builder();
    for (PropertyDefContext p : ctx.propertyDef()) {
      props.add(property(p));
    }
    ImmutableList.Builder<Ast.ChildDef> children = ImmutableList.builder();
    for (SubnodeContext s : ctx.subnode()) {
      if (s instanceof ChildNodeContext c) {
        ImmutableList.Builder<String> childLabels = ImmutableList.builder();
        for (TerminalNode l : c.LABEL()) {
          childLabels.add(labelName(l));
        }
        children.add(
            body(
                nodeName(c.PROPNODENAME()),
                childLabels.build(),
                !c.OMIT_NO_REF().isEmpty(),
                c.nodeBody(),
                c.PROPNODENAME().getSymbol()));
      } else {
        DeleteChildContext d = (DeleteChildContext) s;
        children.add(
            new Ast.DeleteChild(
                nodeName(d.PROPNODENAME()), locate.apply(d.PROPNODENAME().getSymbol())));
      }
    }
    return new Ast.NodeDef(name, labels, omit, props.build(), children.build(), locate.apply(at));
  }

  private Ast.PropDef property(PropertyDefContext ctx) {
    if (ctx instanceof DeletePropertyContext d) {
      return new Ast.PropDef(
          nodeName(d.PROPNODENAME()),
          ImmutableList.of(),
          new byte[0],
          ImmutableList.of(),
          true,
          locate.apply(d.PROPNODENAME().getSymbol()));
    }
    PropertyContext pc = (PropertyContext) ctx;
    ByteArrayOutputStream value = new ByteArrayOutputStream();
    List<Ref> refs = new ArrayList<>();
    if (pc.propData() != null) {
      for (DataPieceContext piece : pc.propData().dataPiece()) {
        dataPiece(piece, value, refs);
      }
    }
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (TerminalNode l : pc.LABEL()) {
      labels.add(labelName(l));
    }
    return new Ast.PropDef(
        nodeName(pc.PROPNODENAME()),
        labels.build(),
        value.toByteArray(),
        ImmutableList.copyOf(refs),
        false,
        locate.apply(pc.PROPNODENAME().getSymbol()));
  }

  private void dataPiece(DataPieceContext piece, ByteArrayOutputStream out, List<Ref> refs) {
    if (piece instanceof StringPieceContext s) {
      String text = s.STRING().getText();
      out.writeBytes(
          Escapes.decode(text.substring(1, text.length() - 1))
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
      refs.add(
          new Ref(
              out.size(), false, refName(p.reference()), locate.apply(p.reference().getStart())));
    } else {
      IncbinPieceContext inc = (IncbinPieceContext) piece;
      String name = inc.STRING().getText();
      byte[] data =
          binaries.read(
              Escapes.decode(name.substring(1, name.length() - 1)), inc.STRING().getSymbol());
      int from =
          inc.integerPrim().isEmpty()
              ? 0
              : (int) Math.min(integer(inc.integerPrim(0)), data.length);
      int length =
          inc.integerPrim().isEmpty()
              ? data.length - from
              : (int) Math.min(integer(inc.integerPrim(1)), data.length - from);
      out.write(data, from, length);
    }
  }

  private void cells(CellsPieceContext c, ByteArrayOutputStream out, List<Ref> refs) {
    int bits = 32;
    if (c.bits != null) {
      long requested = literal(c.width);
      if (requested != 8 && requested != 16 && requested != 32 && requested != 64) {
        throw new InputException(
            locate.apply(c.width), "array elements must be 8, 16, 32 or 64 bits");
      }
      bits = (int) requested;
    }
    for (CellItemContext item : c.cellItem()) {
      if (item.integerPrim() != null) {
        long value = integer(item.integerPrim());
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        // As dtc: too wide is an error, unless it is a sign-extended negative number.
        if (Long.compareUnsigned(value, mask) > 0 && (value | mask) != -1L) {
          throw new InputException(
              locate.apply(item.getStart()),
              "value out of range for " + bits + "-bit array element");
        }
        MutableTree.appendInteger(out, value, bits / 8);
      } else if (item.reference() != null) {
        if (bits != 32) {
          throw new InputException(
              locate.apply(item.getStart()),
              "references are only allowed in arrays with 32-bit elements");
        }
        refs.add(
            new Ref(out.size(), true, refName(item.reference()), locate.apply(item.getStart())));
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
        throw new InputException(
            locate.apply(t),
            body.isEmpty()
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
            ? Long.divideUnsigned(l, r)
            : Long.remainderUnsigned(l, r);
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
