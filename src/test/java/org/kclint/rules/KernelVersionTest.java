package org.kclint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KernelVersionTest {
  private static KernelVersion v(String s) {
    return KernelVersion.parse(s).orElseThrow();
  }

  private static VersionRange range(String from, String until) {
    return new VersionRange(
        Optional.ofNullable(from).map(KernelVersionTest::v),
        Optional.ofNullable(until).map(KernelVersionTest::v));
  }

  @Test
  void readsTheConfigHeader() {
    assertEquals(
        v("6.1.192"),
        KernelVersion.fromConfigHeader("# Linux/arm 6.1.192 Kernel Configuration").orElseThrow());
    assertEquals(
        v("6.1.0"),
        KernelVersion.fromConfigHeader("# Linux/arm 6.1.0-rc3 Kernel Configuration").orElseThrow());
    assertTrue(
        KernelVersion.fromConfigHeader("# Automatically generated file; DO NOT EDIT.").isEmpty());
  }

  @Test
  void upperEndNamesAWholeReleaseLine() {
    VersionRange until2637 = range("2.6.30", "2.6.37");
    assertTrue(until2637.contains(v("2.6.35")));
    assertTrue(until2637.contains(v("2.6.37.6")));
    assertFalse(until2637.contains(v("2.6.38")));
    assertFalse(until2637.contains(v("2.6.29")));
    VersionRange sixOne = range("6.1", "6.1");
    assertTrue(sixOne.contains(v("6.1.192")));
    assertFalse(sixOne.contains(v("6.2")));
    assertTrue(range("5.11", null).contains(v("6.1")));
    assertTrue(range(null, "5.15").contains(v("4.19.1")));
  }
}
