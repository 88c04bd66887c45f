package org.kclint.model.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kclint.diag.InputException;
import org.kclint.model.ParamValue;
import org.kclint.model.Placement;
import org.kclint.model.Scenario;

class ScenarioParserTest {
  private static final String HEAD =
      "scenario s \"summary\"\nparam cpus : int 1..8 = 2\nlocks l\npages p\nframes f\nlines c\nflags g\n";

  @Test
  void readsParametersResourcesAndProcesses() {
    Scenario s =
        ScenarioParser.parse(
            "s.scn",
            HEAD
                + "param mode : enum { a, b } = b \"doc\"\n"
                + "process w on every cpu {\n  if mode == a && cpus >= 2 { lock l \"note\" } else { irq_disable }\n}\n"
                + "process d on device { wait g }\n");
    assertEquals("s", s.name());
    assertEquals(ParamValue.ofName("b"), s.parameter("mode").orElseThrow().defaultValue());
    assertEquals("doc", s.parameter("mode").orElseThrow().description());
    assertEquals(new Placement.EveryCpu(), s.processes().get(0).placement());
    assertEquals(new Placement.Device(), s.processes().get(1).placement());
  }

  @Test
  void accessTakesAnOptionalFrame() {
    Scenario s =
        ScenarioParser.parse(
            "s.scn",
            HEAD + "process w on cpu 0 { access p access p -> f park g clear g assert g }\n");
    assertEquals(
        java.util.List.of("access p", "access p -> f", "park g", "clear g", "assert g"),
        s.processes().get(0).body().stream()
            .map(st -> ((org.kclint.model.Operation) st).render())
            .toList());
  }

  @Test
  void anOperationWithoutOperandDoesNotTakeTheNextOperationAsOne() {
    Scenario s =
        ScenarioParser.parse(
            "s.scn",
            HEAD + "process w on cpu 0 {\n  dmb\n  wmb\n  irq_disable lock l\n  dmb wmb\n}\n");
    assertEquals(
        java.util.List.of("dmb", "wmb", "irq_disable", "lock l", "dmb", "wmb"),
        s.processes().get(0).body().stream()
            .map(st -> ((org.kclint.model.Operation) st).render())
            .toList());
  }

  /** Each bad input with the line:column and message it must be reported at. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "process w on cpu 0 { lokc l }|8:22|unknown operation 'lokc'",
        "process w on cpu 0 { lock p }|8:27|'p' is a page, not a lock",
        "process w on cpu 0 { lock q }|8:27|'q' is not declared; declare it with 'locks'",
        "process w on cpu 0 { map p }|8:26|map takes a page -> a frame",
        "process w on cpu 0 { dma_read c }|8:22|dma_read is a device operation; put it in a process 'on device'",
        "process w on device { lock l }|8:23|lock is a CPU operation; this process runs on a device",
        "process w on cpu 0 { if nope { irq_disable } }|8:25|'nope' is not a parameter of this scenario",
        "process w on cpu 0 { if cpus { irq_disable } }|8:25|cpus is int 1..8; compare it with a value",
        "process w on cpu 9 { irq_disable }|8:18|CPUs are numbered 0..7",
        "param x : bool = 3|8:18|parameter x is bool: '3' is not true or false",
        "param x : int 1..4 = 9|8:22|parameter x is int 1..4: 9 is outside 1..4",
        "locks p|8:7|'p' already declared as a page",
        "process w on cpu 0 { irq_disable|9:1|extraneous input '<EOF>' expecting {'if', '}', IDENT}",
        "process w on cpu 0 { irq_disable } @|8:36|token recognition error at: '@'",
        "interrupt i on every cpu { irq_disable }|8:16|an interrupt handler runs on one CPU: 'on cpu N'",
        "init { lock l } process w on cpu 0 { irq_disable }|8:8|lock cannot set up the initial state; init takes map, tlb_fill, free, signal",
        "process w on cpu 0 { access p -> c }|8:34|'c' is a line, not a frame",
        "process w on cpu 0 { access }|8:22|access takes a page, optionally -> a frame",
        "process w on cpu 0 { assert p }|8:29|'p' is a page, not a flag",
        "process w on cpu 0 { assert g -> f }|8:34|assert takes a flag",
        "process w on cpu 0 { clear }|8:22|clear takes a flag",
        "process w on device { park g }|8:23|park is a CPU operation; this process runs on a device",
        "process w on cpu 0 { drain g }|8:22|drain is a CPU's own hardware; put it in a process 'on cpu N hardware'",
        "process w on device { drain g }|8:23|drain is a CPU's own hardware; put it in a process 'on cpu N hardware'",
        "process w on cpu 0 hardware { outer_drain g }|8:31|outer_drain is a device operation; put it in a process 'on device'",
        "process w on cpu 0 { dmb g }|8:26|dmb takes no operand",
        "expect deadlok|8:8|expect names a violation or safe, not 'deadlok' (did you mean deadlock?)",
        "expect deadlock with cpuz = 2|8:22|no parameter 'cpuz' (did you mean cpus?)",
        "expect deadlock with cpus = 2|8:22|the tests explore 1 to 4 CPUs; 'from N cpus' says from how many the violation shows",
        "expect safe from 2 cpus|8:13|'from N cpus' goes with a violation, not safe",
        "expect deadlock from 2 cores|8:24|write 'from 2 cpus'",
      })
  void badInputIsReportedAtItsPosition(String tail, String at, String message) {
    InputException e =
        assertThrows(InputException.class, () -> ScenarioParser.parse("s.scn", HEAD + tail + "\n"));
    assertEquals("s.scn:" + at + ": error: " + message, e.diagnostic());
  }

  @Test
  void expectationsAreReadWithTheirParametersTyped() {
    Scenario s =
        ScenarioParser.parse(
            "s.scn",
            HEAD
                + "param mode : enum { a, b } = b\n"
                + "expect deadlock with mode = a from 2 cpus\n"
                + "expect safe\n"
                + "process w on cpu 0 { irq_disable }\n");
    var deadlock = s.expectations().get(0);
    assertEquals("expect deadlock with mode = a from 2 cpus", deadlock.toString());
    assertEquals(ParamValue.ofName("a"), deadlock.given().get("mode"));
    assertEquals(java.util.Optional.empty(), deadlock.at(1));
    assertEquals("deadlock", deadlock.at(2).orElseThrow().id());
    assertEquals("s.scn:9:1", deadlock.position().toString());
    assertEquals("expect safe", s.expectations().get(1).toString());
  }

  @Test
  void aScenarioWithoutCpusIsRefused() {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                ScenarioParser.parse(
                    "s.scn", "scenario s \"x\"\nprocess w on cpu 0 { irq_disable }\n"));
    assertEquals("s.scn:1:10", e.position().toString());
  }

  @Test
  void deepNestingIsAPositionedErrorNotAStackOverflow() {
    String deep = "process w on cpu 0 { " + "if cpus == 2 { ".repeat(100) + "}".repeat(101) + "\n";
    InputException e =
        assertThrows(InputException.class, () -> ScenarioParser.parse("s.scn", HEAD + deep));
    assertEquals(8, e.position().line());
    String chain =
        "process w on cpu 0 { if " + "!".repeat(100_000) + "cpus == 2 { irq_disable } }\n";
    assertThrows(InputException.class, () -> ScenarioParser.parse("s.scn", HEAD + chain));
  }

  @Test
  void binaryGarbageIsAPositionedError() {
    assertThrows(
        InputException.class, () -> ScenarioParser.parse("s.scn", "\u0000\u00ff\u0001scenario"));
  }
}
