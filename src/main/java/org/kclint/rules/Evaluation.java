package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.kclint.board.Revisions;

/**
 * Evaluates rule expressions on one configuration, one board and one kernel version, recording
 * which unknowns (board facts, the kernel version, symbols a comparison needs) the outcome depended
 * on, so that an unknown verdict can name them.
 */
public final class Evaluation {
  /** The name an unknown kernel version is reported under. */
  public static final String KERNEL_VERSION = "kernel version";

  private final SymbolValues symbols;
  private final Facts facts;
  private final Optional<KernelVersion> kernel;
  private final Set<String> missing = new LinkedHashSet<>();

  public Evaluation(SymbolValues symbols, Facts facts, Optional<KernelVersion> kernel) {
    this.symbols = symbols;
    this.facts = facts;
    this.kernel = kernel;
  }

  /** The unknowns consulted so far, in the order they were met. */
  public ImmutableList<String> missing() {
    return ImmutableList.copyOf(missing);
  }

  /** Whether the rule's version ranges include this kernel. */
  public Truth inKernels(Rule rule) {
    if (rule.appliesToAllKernels()) {
      return Truth.TRUE;
    }
    if (kernel.isEmpty()) {
      missing.add(KERNEL_VERSION);
      return Truth.UNKNOWN;
    }
    return Truth.of(rule.kernels().stream().anyMatch(r -> r.contains(kernel.get())));
  }

  /**
   * The condition's truth. And/or look at their right side only when the left side leaves the
   * outcome open, so that unknowns which cannot matter are not reported.
   */
  public Truth truth(RuleExpr e) {
    if (e instanceof RuleExpr.Not n) {
      return truth(n.operand()).not();
    }
    if (e instanceof RuleExpr.And a) {
      Truth left = truth(a.left());
      return left.isFalse() ? left : left.and(truth(a.right()));
    }
    if (e instanceof RuleExpr.Or o) {
      Truth left = truth(o.left());
      return left.low() == 2 ? left : left.or(truth(o.right()));
    }
    if (e instanceof RuleExpr.Compare c) {
      return compare(c);
    }
    if (e instanceof RuleExpr.In in) {
      return member(in);
    }
    if (e instanceof RuleExpr.Symbol s) {
      return symbolTruth(s.name());
    }
    if (e instanceof RuleExpr.Known k) {
      return Truth.of(facts.fact(k.name()).isPresent());
    }
    return term(e).map(Evaluation::asTruth).orElse(Truth.UNKNOWN);
  }

  /** The value of a term, or empty when it depends on something unknown. */
  public Optional<RuleValue> term(RuleExpr e) {
    if (e instanceof RuleExpr.Literal l) {
      return Optional.of(l.value());
    }
    if (e instanceof RuleExpr.Kernel) {
      if (kernel.isEmpty()) {
        missing.add(KERNEL_VERSION);
      }
      return kernel.map(RuleValue.Ver::new);
    }
    if (e instanceof RuleExpr.Fact f) {
      Optional<RuleValue> v = facts.fact(f.name());
      if (v.isEmpty()) {
        missing.add("board." + f.name());
      }
      return v;
    }
    if (e instanceof RuleExpr.Symbol s) {
      Optional<String> raw = symbols.value(s.name());
      if (raw.isEmpty()) {
        missing.add(s.name() + " (not set in the .config)");
      }
      return raw.map(RuleValue::ofConfig);
    }
    if (e instanceof RuleExpr.Arith a) {
      return arith(a);
    }
    if (e instanceof RuleExpr.Choice c) {
      Truth test = truth(c.test());
      if (test.isUnknown()) {
        return Optional.empty();
      }
      return term(test.isTrue() ? c.then() : c.otherwise());
    }
    Truth t = truth(e);
    return t.isUnknown() ? Optional.empty() : Optional.of(new RuleValue.Tri(t.low()));
  }

  private Truth symbolTruth(String name) {
    Optional<String> raw = symbols.value(name);
    if (raw.isEmpty() && !symbols.complete()) {
      missing.add(name + " (not set in the .config)");
      return Truth.UNKNOWN;
    }
    return raw.map(RuleValue::ofConfig).map(Evaluation::asTruth).orElse(Truth.FALSE);
  }

  private static Truth asTruth(RuleValue v) {
    return v instanceof RuleValue.Tri t ? Truth.level(t.level()) : Truth.FALSE;
  }

  private Optional<RuleValue> arith(RuleExpr.Arith a) {
    Optional<RuleValue> left = term(a.left());
    Optional<RuleValue> right = term(a.right());
    if (left.orElse(null) instanceof RuleValue.Num l
        && right.orElse(null) instanceof RuleValue.Num r) {
      return Optional.of(
          new RuleValue.Num(a.plus() ? l.value() + r.value() : l.value() - r.value()));
    }
    left.filter(v -> !(v instanceof RuleValue.Num))
        .ifPresent(v -> missing.add(a.left() + " as a number"));
    right
        .filter(v -> !(v instanceof RuleValue.Num))
        .ifPresent(v -> missing.add(a.right() + " as a number"));
    return Optional.empty();
  }

  private Truth compare(RuleExpr.Compare c) {
    Optional<RuleValue> left = term(c.left());
    Optional<RuleValue> right = term(c.right());
    if (left.isEmpty() || right.isEmpty()) {
      return Truth.UNKNOWN;
    }
    Optional<Truth> between = revisions(c.op(), left.get(), right.get());
    if (between.isPresent()) {
      if (between.get().isUnknown()) {
        missing.add((isRange(left.get()) ? c.left() : c.right()).toString());
      }
      return between.get();
    }
    Optional<Integer> order = order(left.get(), right.get());
    if (order.isPresent()) {
      return Truth.of(c.op().holds(order.get()));
    }
    if (c.op() == RuleExpr.CompareOp.EQ || c.op() == RuleExpr.CompareOp.NE) {
      return Truth.of((c.op() == RuleExpr.CompareOp.NE) != left.get().equals(right.get()));
    }
    missing.add(c.left() + " and " + c.right() + " as comparable values");
    return Truth.UNKNOWN;
  }

  private Truth member(RuleExpr.In in) {
    Optional<RuleValue> v = term(in.term());
    if (v.isEmpty()) {
      return Truth.UNKNOWN;
    }
    if (isRange(v.get())) {
      Truth any = Truth.FALSE;
      for (RuleValue x : in.values()) {
        any = any.or(revisions(RuleExpr.CompareOp.EQ, v.get(), x).orElse(Truth.FALSE));
      }
      if (any.isUnknown()) {
        missing.add(in.term().toString());
      }
      return any;
    }
    return Truth.of(
        in.values().stream()
            .anyMatch(x -> order(v.get(), x).map(o -> o == 0).orElse(v.get().equals(x))));
  }

  /** How two values order, when they are of kinds that order: numbers, versions, revisions. */
  private static Optional<Integer> order(RuleValue a, RuleValue b) {
    if (a instanceof RuleValue.Tri x && b instanceof RuleValue.Tri y) {
      return Optional.of(Integer.compare(x.level(), y.level()));
    }
    if (a instanceof RuleValue.Num x && b instanceof RuleValue.Num y) {
      return Optional.of(Long.compareUnsigned(x.value(), y.value()));
    }
    Optional<KernelVersion> va = version(a);
    Optional<KernelVersion> vb = version(b);
    if ((a instanceof RuleValue.Ver || b instanceof RuleValue.Ver)
        && va.isPresent()
        && vb.isPresent()) {
      return Optional.of(va.get().compareTo(vb.get()));
    }
    if (a instanceof RuleValue.Str x && b instanceof RuleValue.Str y) {
      Optional<Integer> rx = Revisions.number(x.text());
      Optional<Integer> ry = Revisions.number(y.text());
      if (rx.isPresent() && ry.isPresent()) {
        return Optional.of(Integer.compare(rx.get(), ry.get()));
      }
    }
    return Optional.empty();
  }

  /** A text fact that allows more than one silicon revision (a SoC's range r1p0..r1p3). */
  private static boolean isRange(RuleValue v) {
    return v instanceof RuleValue.Str s
        && Revisions.number(s.text()).isEmpty()
        && Revisions.parse(s.text()).filter(r -> !r.isSingle()).isPresent();
  }

  /**
   * A comparison of a revision range with one revision, three-valued: true when it holds for every
   * revision in the range, false for none, unknown otherwise; empty when the values are not a range
   * and a revision.
   */
  private static Optional<Truth> revisions(RuleExpr.CompareOp op, RuleValue a, RuleValue b) {
    boolean rangeLeft = isRange(a);
    if (!rangeLeft && !isRange(b)) {
      return Optional.empty();
    }
    RuleValue range = rangeLeft ? a : b;
    RuleValue one = rangeLeft ? b : a;
    Optional<Integer> other =
        one instanceof RuleValue.Str s ? Revisions.number(s.text()) : Optional.empty();
    if (other.isEmpty()) {
      return Optional.empty();
    }
    Revisions allowed = Revisions.parse(((RuleValue.Str) range).text()).orElseThrow();
    return Optional.of(
        allowed
            .holds(c -> op.holds(rangeLeft ? c : -c), other.get())
            .map(Truth::of)
            .orElse(Truth.UNKNOWN));
  }

  private static Optional<KernelVersion> version(RuleValue v) {
    if (v instanceof RuleValue.Ver ver) {
      return Optional.of(ver.version());
    }
    return v instanceof RuleValue.Num n
        ? KernelVersion.parse(Long.toString(n.value()))
        : Optional.empty();
  }
}
