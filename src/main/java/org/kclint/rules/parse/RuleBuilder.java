package org.kclint.rules.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.kclint.board.Fact;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.rules.BuiltInCheck;
import org.kclint.rules.Fix;
import org.kclint.rules.KernelVersion;
import org.kclint.rules.Reference;
import org.kclint.rules.Rule;
import org.kclint.rules.RuleExpr;
import org.kclint.rules.RuleValue;
import org.kclint.rules.ScenarioBinding;
import org.kclint.rules.Severity;
import org.kclint.rules.VersionRange;

/**
 * Builds the immutable {@link Rule} from the parse tree and checks what the grammar cannot: each
 * clause once, the required clauses present, blamed symbols used by the condition, references well
 * formed. Methods follow the grammar's order.
 */
final class RuleBuilder {
  private static final Pattern FILE_REF = Pattern.compile("[^\\s:]+:\\d+(-\\d+)?");
  private static final Pattern COMMIT_REF = Pattern.compile("[0-9a-f]{7,40}");
  private static final Pattern THREAD_REF = Pattern.compile("https?://\\S+");

  private final String file;
  private final String area;
  private final Set<String> seen = new HashSet<>();

  private Severity severity;
  private String summary;
  private ImmutableList<VersionRange> kernels = ImmutableList.of();
  private RuleExpr when;
  private Optional<Rule.Condition> latent = Optional.empty();
  private Optional<Rule.Condition> mitigated = Optional.empty();
  private ImmutableList<String> blame;
  private Token blameToken;
  private final ImmutableList.Builder<Fix> fixes = ImmutableList.builder();
  private final ImmutableList.Builder<Reference> references = ImmutableList.builder();
  private Optional<ScenarioBinding> scenario = Optional.empty();
  private String explanation;

  RuleBuilder(String file, String area) {
    this.file = file;
    this.area = area;
  }

  Rule build(RuleFileParser.RuleFileContext tree) {
    RuleFileParser.RuleDeclContext decl = tree.ruleDecl();
    for (RuleFileParser.ClauseContext clause : decl.clause()) {
      clause(clause);
    }
    Position position = RuleParser.at(file, decl.NAME_ID().getSymbol());
    Token end = decl.RBRACE().getSymbol();
    require(severity != null, end, "rule", "severity");
    require(summary != null, end, "rule", "summary");
    require(when != null, end, "rule", "when");
    require(blame != null, end, "rule", "blame");
    require(explanation != null, end, "rule", "explain");
    ImmutableList<Fix> fixList = fixes.build();
    ImmutableList<Reference> refList = references.build();
    require(!fixList.isEmpty(), end, "rule", "fix");
    require(!refList.isEmpty(), end, "rule", "ref");
    Set<String> conditionSymbols = new HashSet<>();
    collectSymbols(when, conditionSymbols);
    latent.ifPresent(c -> collectSymbols(c.expr(), conditionSymbols));
    mitigated.ifPresent(c -> collectSymbols(c.expr(), conditionSymbols));
    for (String symbol : blame) {
      if (!conditionSymbols.contains(symbol)) {
        throw new InputException(
            RuleParser.at(file, blameToken),
            "blamed symbol " + symbol + " is not in the condition");
      }
    }
    return new Rule(
        decl.NAME_ID().getText(),
        area,
        severity,
        summary,
        kernels,
        when,
        latent,
        mitigated,
        blame,
        fixList,
        refList,
        scenario,
        explanation,
        position);
  }

  /**
   * A check's entry: what every catalogue entry has (severity, summary, explanation) and
   * references; the clauses of a condition have no meaning for a check made in code.
   */
  BuiltInCheck buildCheck(RuleFileParser.CheckFileContext decl) {
    for (RuleFileParser.ClauseContext clause : decl.clause()) {
      if (!(clause instanceof RuleFileParser.SeverityClauseContext
          || clause instanceof RuleFileParser.SummaryClauseContext
          || clause instanceof RuleFileParser.RefClauseContext
          || clause instanceof RuleFileParser.ExplainClauseContext)) {
        throw new InputException(
            RuleParser.at(file, clause.getStart()),
            "a check has only severity, summary, ref and explain clauses, not '"
                + clause.getStart().getText()
                + "'");
      }
      clause(clause);
    }
    Token end = decl.RBRACE().getSymbol();
    require(severity != null, end, "check", "severity");
    require(summary != null, end, "check", "summary");
    require(explanation != null, end, "check", "explain");
    return new BuiltInCheck(
        decl.NAME_ID().getText(),
        area,
        severity,
        summary,
        references.build(),
        explanation,
        RuleParser.at(file, decl.NAME_ID().getSymbol()));
  }

  private void require(boolean present, Token end, String kind, String clause) {
    if (!present) {
      throw new InputException(RuleParser.at(file, end), kind + " has no '" + clause + "' clause");
    }
  }

  private void once(ParserRuleContext clause) {
    String keyword = clause.getStart().getText();
    if (!seen.add(keyword)) {
      throw new InputException(
          RuleParser.at(file, clause.getStart()), "'" + keyword + "' given twice");
    }
  }

  private void clause(RuleFileParser.ClauseContext c) {
    if (c instanceof RuleFileParser.SeverityClauseContext s) {
      once(c);
      severity = Severity.valueOf(s.level().getText().toUpperCase(java.util.Locale.ROOT));
    } else if (c instanceof RuleFileParser.SummaryClauseContext s) {
      once(c);
      summary = string(s.STRING().getSymbol());
    } else if (c instanceof RuleFileParser.KernelsClauseContext k) {
      once(c);
      kernels =
          k.versionRange().stream()
              .map(this::versionRange)
              .collect(ImmutableList.toImmutableList());
    } else if (c instanceof RuleFileParser.WhenClauseContext w) {
      once(c);
      when = expr(w.expr());
      Set<String> symbols = new HashSet<>();
      collectSymbols(when, symbols);
      if (symbols.isEmpty()) {
        throw new InputException(
            RuleParser.at(file, w.getStart()),
            "the condition names no Kconfig symbol, so it would hold for every configuration");
      }
    } else if (c instanceof RuleFileParser.LatentClauseContext l) {
      once(c);
      latent = Optional.of(new Rule.Condition(expr(l.expr()), string(l.STRING().getSymbol())));
    } else if (c instanceof RuleFileParser.MitigatedClauseContext m) {
      once(c);
      mitigated = Optional.of(new Rule.Condition(expr(m.expr()), string(m.STRING().getSymbol())));
    } else if (c instanceof RuleFileParser.BlameClauseContext b) {
      once(c);
      blameToken = b.getStart();
      blame = b.WORD().stream().map(w -> w.getText()).collect(ImmutableList.toImmutableList());
    } else if (c instanceof RuleFileParser.FixClauseContext f) {
      fixes.add(fix(f));
    } else if (c instanceof RuleFileParser.RefClauseContext r) {
      references.add(reference(r));
    } else if (c instanceof RuleFileParser.ScenarioClauseContext s) {
      once(c);
      scenario = Optional.of(scenario(s));
    } else if (c instanceof RuleFileParser.ExplainClauseContext e) {
      once(c);
      explanation = text(e.text());
    }
  }

  private VersionRange versionRange(RuleFileParser.VersionRangeContext r) {
    VersionRange range;
    if (r instanceof RuleFileParser.ClosedRangeContext c) {
      range =
          new VersionRange(Optional.of(version(c.version(0))), Optional.of(version(c.version(1))));
      if (range.from().get().compareTo(range.until().get()) > 0) {
        throw new InputException(RuleParser.at(file, r.getStart()), "empty kernel range " + range);
      }
    } else if (r instanceof RuleFileParser.FromRangeContext f) {
      range = new VersionRange(Optional.of(version(f.version())), Optional.empty());
    } else if (r instanceof RuleFileParser.UntilRangeContext u) {
      range = new VersionRange(Optional.empty(), Optional.of(version(u.version())));
    } else {
      KernelVersion v = version(((RuleFileParser.SingleRangeContext) r).version());
      range = new VersionRange(Optional.of(v), Optional.of(v));
    }
    return range;
  }

  private KernelVersion version(RuleFileParser.VersionContext v) {
    return KernelVersion.parse(v.getText())
        .orElseThrow(
            () -> new InputException(RuleParser.at(file, v.getStart()), "not a kernel version"));
  }

  private Fix fix(RuleFileParser.FixClauseContext f) {
    Map<String, String> changes = new LinkedHashMap<>();
    for (RuleFileParser.AssignmentContext a : f.assignment()) {
      String symbol = a.WORD().getText();
      String value = a.configValue().getText();
      if (a.configValue().WORD() != null && !value.matches("[ymn]")) {
        throw new InputException(
            RuleParser.at(file, a.configValue().getStart()),
            "a fix sets y, m, n, a number or a string");
      }
      if (changes.put(symbol, value) != null) {
        throw new InputException(
            RuleParser.at(file, a.getStart()), symbol + " set twice in one fix");
      }
    }
    return new Fix(string(f.STRING().getSymbol()), ImmutableMap.copyOf(changes));
  }

  private Reference reference(RuleFileParser.RefClauseContext r) {
    Reference.Kind kind =
        Reference.Kind.valueOf(r.refKind().getText().toUpperCase(java.util.Locale.ROOT));
    Token targetToken = r.STRING(0).getSymbol();
    String target = string(targetToken);
    Pattern form =
        switch (kind) {
          case FILE -> FILE_REF;
          case COMMIT -> COMMIT_REF;
          case THREAD -> THREAD_REF;
          case DOC -> Pattern.compile(".+");
        };
    if (!form.matcher(target).matches()) {
      String expected =
          switch (kind) {
            case FILE -> "path:line or path:first-last";
            case COMMIT -> "a commit id (7 to 40 lower-case hex digits)";
            case THREAD -> "a URL";
            case DOC -> "a title";
          };
      throw new InputException(
          RuleParser.at(file, targetToken), "reference " + kind.spelling() + " needs " + expected);
    }
    return new Reference(kind, target, string(r.STRING(1).getSymbol()));
  }

  private ScenarioBinding scenario(RuleFileParser.ScenarioClauseContext s) {
    Map<String, RuleExpr> params = new LinkedHashMap<>();
    Map<String, Position> positions = new LinkedHashMap<>();
    for (RuleFileParser.BindingContext b : s.binding()) {
      Position at = RuleParser.at(file, b.getStart());
      if (params.put(b.WORD().getText(), expr(b.expr())) != null) {
        throw new InputException(at, "parameter " + b.WORD().getText() + " bound twice");
      }
      positions.put(b.WORD().getText(), at);
    }
    Token expect = s.expectation().NAME_ID().getSymbol();
    return new ScenarioBinding(
        s.NAME_ID().getText(),
        ImmutableMap.copyOf(params),
        new ScenarioBinding.Expect(expect.getText(), RuleParser.at(file, expect)),
        RuleParser.at(file, s.NAME_ID().getSymbol()),
        ImmutableMap.copyOf(positions));
  }

  private String text(RuleFileParser.TextContext t) {
    if (t.STRING() != null) {
      return string(t.STRING().getSymbol());
    }
    String raw = t.TEXT_BLOCK().getText();
    return TextBlocks.dedent(raw.substring(3, raw.length() - 3));
  }

  private RuleExpr expr(RuleFileParser.ExprContext e) {
    if (e instanceof RuleFileParser.NotExprContext n) {
      return new RuleExpr.Not(expr(n.expr()));
    }
    if (e instanceof RuleFileParser.ArithExprContext a) {
      return new RuleExpr.Arith(
          a.op.getType() == RuleFileLexer.PLUS, expr(a.expr(0)), expr(a.expr(1)));
    }
    if (e instanceof RuleFileParser.CompareExprContext c) {
      return new RuleExpr.Compare(compareOp(c.op), expr(c.expr(0)), expr(c.expr(1)));
    }
    if (e instanceof RuleFileParser.InExprContext in) {
      return new RuleExpr.In(
          expr(in.expr()),
          in.literal().stream().map(this::literal).collect(ImmutableList.toImmutableList()));
    }
    if (e instanceof RuleFileParser.AndExprContext a) {
      return new RuleExpr.And(expr(a.expr(0)), expr(a.expr(1)));
    }
    if (e instanceof RuleFileParser.OrExprContext o) {
      return new RuleExpr.Or(expr(o.expr(0)), expr(o.expr(1)));
    }
    if (e instanceof RuleFileParser.ChoiceExprContext c) {
      return new RuleExpr.Choice(expr(c.expr(0)), expr(c.expr(1)), expr(c.expr(2)));
    }
    if (e instanceof RuleFileParser.ParenExprContext p) {
      return expr(p.expr());
    }
    if (e instanceof RuleFileParser.KernelExprContext) {
      return new RuleExpr.Kernel();
    }
    if (e instanceof RuleFileParser.FactExprContext f) {
      return new RuleExpr.Fact(fact(f.WORD()));
    }
    if (e instanceof RuleFileParser.KnownExprContext k) {
      return new RuleExpr.Known(fact(k.WORD()));
    }
    if (e instanceof RuleFileParser.SymbolExprContext s) {
      String word = s.WORD().getText();
      // y, m and n are the tristate constants, as in Kconfig.
      return word.matches("[ymn]")
          ? new RuleExpr.Literal(RuleValue.ofConfig(word))
          : new RuleExpr.Symbol(word);
    }
    return new RuleExpr.Literal(literal(((RuleFileParser.LiteralExprContext) e).literal()));
  }

  private String fact(org.antlr.v4.runtime.tree.TerminalNode word) {
    String name = word.getText();
    if (Fact.named(name).isEmpty()) {
      throw new InputException(RuleParser.at(file, word.getSymbol()), Fact.unknown(name));
    }
    return name;
  }

  private static RuleExpr.CompareOp compareOp(Token op) {
    return switch (op.getType()) {
      case RuleFileLexer.EQ -> RuleExpr.CompareOp.EQ;
      case RuleFileLexer.NE -> RuleExpr.CompareOp.NE;
      case RuleFileLexer.LT -> RuleExpr.CompareOp.LT;
      case RuleFileLexer.LE -> RuleExpr.CompareOp.LE;
      case RuleFileLexer.GT -> RuleExpr.CompareOp.GT;
      default -> RuleExpr.CompareOp.GE;
    };
  }

  private RuleValue literal(RuleFileParser.LiteralContext l) {
    Token t = l.getStart();
    return switch (t.getType()) {
      case RuleFileLexer.STRING -> new RuleValue.Str(string(t));
      case RuleFileLexer.VERSION ->
          new RuleValue.Ver(
              KernelVersion.parse(t.getText())
                  .orElseThrow(
                      () ->
                          new InputException(
                              RuleParser.at(file, t), "kernel version out of range")));
      default ->
          RuleValue.parseNumber(t.getText())
              .<RuleValue>map(RuleValue.Num::new)
              .orElseThrow(() -> new InputException(RuleParser.at(file, t), "number out of range"));
    };
  }

  private static String string(Token t) {
    String raw = t.getText();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < raw.length() - 1; i++) {
      char ch = raw.charAt(i);
      if (ch == '\\') {
        char next = raw.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static void collectSymbols(RuleExpr e, Set<String> out) {
    if (e instanceof RuleExpr.Symbol s) {
      out.add(s.name());
    } else if (e instanceof RuleExpr.Not n) {
      collectSymbols(n.operand(), out);
    } else if (e instanceof RuleExpr.And a) {
      collectSymbols(a.left(), out);
      collectSymbols(a.right(), out);
    } else if (e instanceof RuleExpr.Or o) {
      collectSymbols(o.left(), out);
      collectSymbols(o.right(), out);
    } else if (e instanceof RuleExpr.Compare c) {
      collectSymbols(c.left(), out);
      collectSymbols(c.right(), out);
    } else if (e instanceof RuleExpr.Arith a) {
      collectSymbols(a.left(), out);
      collectSymbols(a.right(), out);
    } else if (e instanceof RuleExpr.In in) {
      collectSymbols(in.term(), out);
    } else if (e instanceof RuleExpr.Choice c) {
      collectSymbols(c.test(), out);
      collectSymbols(c.then(), out);
      collectSymbols(c.otherwise(), out);
    }
  }
}
