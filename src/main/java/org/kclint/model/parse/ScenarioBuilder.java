package org.kclint.model.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.kclint.diag.InputException;
import org.kclint.diag.Position;
import org.kclint.diag.Suggestions;
import org.kclint.model.Condition;
import org.kclint.model.Expectation;
import org.kclint.model.OpKind;
import org.kclint.model.Operation;
import org.kclint.model.ParamValue;
import org.kclint.model.Parameter;
import org.kclint.model.ParameterType;
import org.kclint.model.Placement;
import org.kclint.model.ProcessDecl;
import org.kclint.model.ResourceKind;
import org.kclint.model.Scenario;
import org.kclint.model.Statement;
import org.kclint.model.Violation;

/**
 * Builds the immutable {@link Scenario} from the parse tree and checks what the grammar cannot:
 * names declared once and used with the right kind, defaults that fit their types, conditions that
 * compare a parameter with a value of its type, operations run by the right actor. Methods follow
 * the grammar's rule order.
 */
final class ScenarioBuilder {
  private static final int MAX_CPU = 8;

  /** Operations that set up the initial state; per-CPU ones apply to every CPU. */
  private static final Set<OpKind> INIT_OPS =
      Set.of(OpKind.MAP, OpKind.TLB_FILL, OpKind.FREE, OpKind.SIGNAL);

  private final String file;
  private final Map<String, Parameter> parameters = new LinkedHashMap<>();
  private final Map<String, ResourceKind> resourceKinds = new HashMap<>();
  private final Map<ResourceKind, List<String>> resources = new EnumMap<>(ResourceKind.class);

  ScenarioBuilder(String file) {
    this.file = file;
  }

  Scenario build(ScenarioFileParser.ScenarioFileContext tree) {
    for (ScenarioFileParser.DeclarationContext d : tree.declaration()) {
      if (d.parameter() != null) {
        parameter(d.parameter());
      } else if (d.resources() != null) {
        resources(d.resources());
      }
    }
    Parameter cpus = parameters.get(Scenario.CPUS);
    if (cpus == null
        || !(cpus.type() instanceof ParameterType.Int range)
        || range.min() < 1
        || range.max() > MAX_CPU) {
      throw error(
          tree.IDENT().getSymbol(),
          "a scenario declares 'param cpus : int 1..8 = N' (a range within 1..8)");
    }
    List<Statement> init = new ArrayList<>();
    List<ProcessDecl> processes = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    Set<String> processNames = new HashSet<>();
    for (ScenarioFileParser.DeclarationContext d : tree.declaration()) {
      if (d.expectation() != null) {
        expectations.add(expectation(d.expectation()));
      } else if (d.init() != null) {
        init.addAll(block(d.init().block(), Optional.empty()));
      } else if (d.process() != null) {
        ProcessDecl p = process(d.process());
        if (!processNames.add(p.name())) {
          throw error(d.process().IDENT().getSymbol(), "process " + p.name() + " declared twice");
        }
        processes.add(p);
      }
    }
    if (processes.isEmpty()) {
      throw error(tree.IDENT().getSymbol(), "scenario has no process");
    }
    ImmutableMap.Builder<ResourceKind, ImmutableList<String>> declared = ImmutableMap.builder();
    resources.forEach((k, names) -> declared.put(k, ImmutableList.copyOf(names)));
    return new Scenario(
        tree.IDENT().getText(),
        string(tree.STRING().getSymbol()),
        file,
        ImmutableList.copyOf(parameters.values()),
        declared.buildOrThrow(),
        ImmutableList.copyOf(init),
        ImmutableList.copyOf(processes),
        ImmutableList.copyOf(expectations));
  }

  private Expectation expectation(ScenarioFileParser.ExpectationContext ctx) {
    String outcome = ctx.IDENT(0).getText();
    Optional<Violation.Kind> violation =
        outcome.equals(Expectation.SAFE) ? Optional.empty() : Violation.Kind.byId(outcome);
    if (violation.isEmpty() && !outcome.equals(Expectation.SAFE)) {
      List<String> known = new ArrayList<>();
      java.util.Arrays.stream(Violation.Kind.values()).map(Violation.Kind::id).forEach(known::add);
      known.add(Expectation.SAFE);
      throw error(
          ctx.IDENT(0).getSymbol(),
          "expect names a violation or safe, not '"
              + outcome
              + "' ("
              + Suggestions.didYouMean(outcome, known)
              + ")");
    }
    Map<String, ParamValue> given = new LinkedHashMap<>();
    for (ScenarioFileParser.SettingContext setting : ctx.setting()) {
      String name = setting.IDENT().getText();
      Parameter p = parameters.get(name);
      if (p == null) {
        throw error(
            setting.IDENT().getSymbol(),
            "no parameter '"
                + name
                + "' ("
                + Suggestions.didYouMean(name, parameters.keySet())
                + ")");
      }
      if (name.equals(Scenario.CPUS)) {
        throw error(
            setting.IDENT().getSymbol(),
            "the tests explore 1 to 4 CPUs; 'from N cpus' says from how many the violation shows");
      }
      if (given.put(name, literal(setting.literal(), p.type(), name)) != null) {
        throw error(setting.IDENT().getSymbol(), "parameter " + name + " given twice");
      }
    }
    int from = 1;
    if (ctx.FROM() != null) {
      from = number(ctx.NUMBER());
      Token unit = ctx.IDENT(1).getSymbol();
      if (!unit.getText().equals(from == 1 ? "cpu" : "cpus")) {
        throw error(unit, "write 'from " + from + (from == 1 ? " cpu'" : " cpus'"));
      }
      if (violation.isEmpty()) {
        throw error(ctx.FROM().getSymbol(), "'from N cpus' goes with a violation, not safe");
      }
    }
    return new Expectation(violation, ImmutableMap.copyOf(given), from, position(ctx.getStart()));
  }

  private void parameter(ScenarioFileParser.ParameterContext ctx) {
    String name = ctx.IDENT().getText();
    if (parameters.containsKey(name)) {
      throw error(ctx.IDENT().getSymbol(), "parameter " + name + " declared twice");
    }
    ParameterType type = parameterType(ctx.parameterType());
    ParamValue value = literal(ctx.literal(), type, name);
    String description = ctx.STRING() == null ? "" : string(ctx.STRING().getSymbol());
    parameters.put(name, new Parameter(name, type, value, description));
  }

  private ParameterType parameterType(ScenarioFileParser.ParameterTypeContext ctx) {
    return ctx.accept(
        new ScenarioFileBaseVisitor<ParameterType>() {
          @Override
          public ParameterType visitBoolType(ScenarioFileParser.BoolTypeContext b) {
            return new ParameterType.Bool();
          }

          @Override
          public ParameterType visitIntType(ScenarioFileParser.IntTypeContext i) {
            int min = number(i.NUMBER(0));
            int max = number(i.NUMBER(1));
            if (min > max) {
              throw error(i.NUMBER(0).getSymbol(), "empty range " + min + ".." + max);
            }
            return new ParameterType.Int(min, max);
          }

          @Override
          public ParameterType visitEnumType(ScenarioFileParser.EnumTypeContext e) {
            List<String> names = new ArrayList<>();
            for (TerminalNode n : e.IDENT()) {
              if (names.contains(n.getText())) {
                throw error(n.getSymbol(), "'" + n.getText() + "' listed twice");
              }
              names.add(n.getText());
            }
            return new ParameterType.Enum(ImmutableList.copyOf(names));
          }
        });
  }

  /** A literal read as a value of {@code type} (of the parameter {@code name}). */
  private ParamValue literal(
      ScenarioFileParser.LiteralContext ctx, ParameterType type, String name) {
    try {
      return type.parse(ctx.getText());
    } catch (IllegalArgumentException e) {
      throw error(
          ctx.getStart(), "parameter " + name + " is " + type.render() + ": " + e.getMessage());
    }
  }

  private void resources(ScenarioFileParser.ResourcesContext ctx) {
    ResourceKind kind =
        java.util.Arrays.stream(ResourceKind.values())
            .filter(k -> k.keyword().equals(ctx.resourceKind().getText()))
            .findFirst()
            .orElseThrow();
    for (TerminalNode n : ctx.IDENT()) {
      String name = n.getText();
      if (resourceKinds.containsKey(name)) {
        throw error(
            n.getSymbol(),
            "'" + name + "' already declared as a " + resourceKinds.get(name).noun());
      }
      resourceKinds.put(name, kind);
      resources.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }
  }

  private ProcessDecl process(ScenarioFileParser.ProcessContext ctx) {
    boolean interrupt = ctx.INTERRUPT() != null;
    Placement placement = placement(ctx.placement());
    if (interrupt && !(placement instanceof Placement.OnCpu)) {
      throw error(ctx.placement().getStart(), "an interrupt handler runs on one CPU: 'on cpu N'");
    }
    return new ProcessDecl(
        ctx.IDENT().getText(),
        interrupt,
        placement,
        ImmutableList.copyOf(block(ctx.block(), Optional.of(placement))),
        position(ctx.getStart()));
  }

  private Placement placement(ScenarioFileParser.PlacementContext ctx) {
    return ctx.accept(
        new ScenarioFileBaseVisitor<Placement>() {
          @Override
          public Placement visitOnCpu(ScenarioFileParser.OnCpuContext on) {
            return new Placement.OnCpu(cpu(on.NUMBER()));
          }

          @Override
          public Placement visitOnCpuHardware(ScenarioFileParser.OnCpuHardwareContext on) {
            return new Placement.CpuHardware(cpu(on.NUMBER()));
          }

          @Override
          public Placement visitOnEveryCpu(ScenarioFileParser.OnEveryCpuContext every) {
            return new Placement.EveryCpu();
          }

          @Override
          public Placement visitOnDevice(ScenarioFileParser.OnDeviceContext device) {
            return new Placement.Device();
          }
        });
  }

  /** The statements of a block; {@code placement} is empty for the init block. */
  private List<Statement> block(
      ScenarioFileParser.BlockContext ctx, Optional<Placement> placement) {
    List<Statement> out = new ArrayList<>();
    for (ScenarioFileParser.StatementContext s : ctx.statement()) {
      out.add(statement(s, placement));
    }
    return out;
  }

  private Statement statement(
      ScenarioFileParser.StatementContext ctx, Optional<Placement> placement) {
    if (ctx instanceof ScenarioFileParser.IfStatementContext branch) {
      return new Statement.If(
          condition(branch.condition()),
          ImmutableList.copyOf(block(branch.block(0), placement)),
          branch.block().size() > 1
              ? ImmutableList.copyOf(block(branch.block(1), placement))
              : ImmutableList.of());
    }
    return operation((ScenarioFileParser.OperationContext) ctx, placement);
  }

  private Operation operation(
      ScenarioFileParser.OperationContext ctx, Optional<Placement> placement) {
    Token keyword = ctx.IDENT(0).getSymbol();
    OpKind kind =
        OpKind.byKeyword(keyword.getText())
            .orElseThrow(() -> error(keyword, "unknown operation '" + keyword.getText() + "'"));
    if (placement.isEmpty() && !INIT_OPS.contains(kind)) {
      throw error(
          keyword,
          kind.keyword()
              + " cannot set up the initial state; init takes map, tlb_fill, free, signal");
    }
    placement.ifPresent(
        p -> {
          boolean device = p instanceof Placement.Device;
          if (device && kind.actor() == OpKind.Actor.CPU) {
            throw error(
                keyword, kind.keyword() + " is a CPU operation; this process runs on a device");
          }
          if (!device && kind.actor() == OpKind.Actor.DEVICE) {
            throw error(
                keyword,
                kind.keyword() + " is a device operation; put it in a process 'on device'");
          }
          if (kind.actor() == OpKind.Actor.HARDWARE && !(p instanceof Placement.CpuHardware)) {
            throw error(
                keyword,
                kind.keyword()
                    + " is a CPU's own hardware; put it in a process 'on cpu N hardware'");
          }
        });
    List<String> operands = new ArrayList<>();
    Token at = keyword;
    if (ctx.operand() != null) {
      at = ctx.operand().getStart();
      operands.add(ctx.operand().getText());
    }
    if (ctx.ARROW() != null) {
      at = ctx.IDENT(1).getSymbol();
      operands.add(ctx.IDENT(1).getText());
    }
    int wanted = kind.operand().isEmpty() ? 0 : kind.target().isEmpty() ? 1 : 2;
    boolean targetLeftOut = kind.targetOptional() && ctx.ARROW() == null && operands.size() == 1;
    // An arrow where the operation has no target must not stand in for its missing operand.
    if ((operands.size() != wanted && !targetLeftOut)
        || (ctx.ARROW() != null && kind.target().isEmpty())) {
      throw error(at, kind.keyword() + " takes " + usage(kind));
    }
    checkKind(ctx.operand(), kind.operand());
    if (ctx.ARROW() != null) {
      checkKind(ctx.IDENT(1).getSymbol(), kind.target().orElseThrow());
    }
    Optional<String> note = Optional.ofNullable(ctx.STRING()).map(s -> string(s.getSymbol()));
    return new Operation(kind, ImmutableList.copyOf(operands), note, position(keyword));
  }

  private static String usage(OpKind kind) {
    if (kind.operand().isEmpty()) {
      return "no operand";
    }
    String one = "a " + kind.operand().get().noun();
    String arrow = kind.targetOptional() ? ", optionally -> a " : " -> a ";
    return kind.target().map(t -> one + arrow + t.noun()).orElse(one);
  }

  private void checkKind(ScenarioFileParser.OperandContext operand, Optional<ResourceKind> wanted) {
    if (operand != null) {
      checkKind(operand.getStart(), wanted.orElseThrow());
    }
  }

  private void checkKind(Token name, ResourceKind wanted) {
    ResourceKind actual = resourceKinds.get(name.getText());
    if (actual == null) {
      throw error(
          name,
          "'" + name.getText() + "' is not declared; declare it with '" + wanted.keyword() + "'");
    }
    if (actual != wanted) {
      throw error(
          name, "'" + name.getText() + "' is a " + actual.noun() + ", not a " + wanted.noun());
    }
  }

  private Condition condition(ScenarioFileParser.ConditionContext ctx) {
    return ctx.accept(
        new ScenarioFileBaseVisitor<Condition>() {
          @Override
          public Condition visitNotCondition(ScenarioFileParser.NotConditionContext not) {
            return new Condition.Not(condition(not.condition()));
          }

          @Override
          public Condition visitAndCondition(ScenarioFileParser.AndConditionContext and) {
            return new Condition.And(condition(and.condition(0)), condition(and.condition(1)));
          }

          @Override
          public Condition visitOrCondition(ScenarioFileParser.OrConditionContext or) {
            return new Condition.Or(condition(or.condition(0)), condition(or.condition(1)));
          }

          @Override
          public Condition visitGroupCondition(ScenarioFileParser.GroupConditionContext group) {
            return condition(group.condition());
          }

          @Override
          public Condition visitCompareCondition(
              ScenarioFileParser.CompareConditionContext compare) {
            Parameter p = declaredParameter(compare.IDENT().getSymbol());
            Condition.Comparison op = comparison(compare.comparison());
            ParamValue literal = literal(compare.literal(), p.type(), p.name());
            if (op != Condition.Comparison.EQ
                && op != Condition.Comparison.NE
                && !(p.type() instanceof ParameterType.Int)) {
              throw error(
                  compare.comparison().getStart(),
                  p.name() + " is " + p.type().render() + "; it has no order");
            }
            return new Condition.Compare(p.name(), op, literal);
          }

          @Override
          public Condition visitFlagCondition(ScenarioFileParser.FlagConditionContext flag) {
            Parameter p = declaredParameter(flag.IDENT().getSymbol());
            if (!(p.type() instanceof ParameterType.Bool)) {
              throw error(
                  flag.IDENT().getSymbol(),
                  p.name() + " is " + p.type().render() + "; compare it with a value");
            }
            return new Condition.Flag(p.name());
          }
        });
  }

  private static Condition.Comparison comparison(ScenarioFileParser.ComparisonContext ctx) {
    for (Condition.Comparison c : Condition.Comparison.values()) {
      if (c.symbol().equals(ctx.getText())) {
        return c;
      }
    }
    throw new IllegalStateException(ctx.getText());
  }

  private Parameter declaredParameter(Token name) {
    Parameter p = parameters.get(name.getText());
    if (p == null) {
      throw error(name, "'" + name.getText() + "' is not a parameter of this scenario");
    }
    return p;
  }

  private int cpu(TerminalNode n) {
    int cpu = number(n);
    if (cpu >= MAX_CPU) {
      throw error(n.getSymbol(), "CPUs are numbered 0.." + (MAX_CPU - 1));
    }
    return cpu;
  }

  private int number(TerminalNode n) {
    try {
      return Integer.parseInt(n.getText());
    } catch (NumberFormatException e) {
      throw error(n.getSymbol(), "number too large");
    }
  }

  private static String string(Token t) {
    String raw = t.getText();
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < raw.length() - 1; i++) {
      char c = raw.charAt(i);
      out.append(c == '\\' ? raw.charAt(++i) : c);
    }
    return out.toString();
  }

  private Position position(Token t) {
    return new Position(file, t.getLine(), t.getCharPositionInLine() + 1);
  }

  private InputException error(Token t, String message) {
    return new InputException(position(t), message);
  }
}
