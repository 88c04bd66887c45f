package org.kclint.board.parse;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What preprocessing each included file produced, kept for the run: the macros it consulted
 * (defined as what, or undefined) before changing them, the text and source map it emitted, and the
 * #define/#undef it left behind. When the same file is included again with those macros the same,
 * the result is replayed instead of recomputed; boards of one SoC family include the same .dtsi and
 * headers with the same macros.
 */
final class IncludeMemo {
  /** Files included with more different macro contexts than this are not remembered further. */
  private static final int MAX_VARIANTS = 8;

  private final Map<Path, List<Variant>> variants = new HashMap<>();

  /** A #define (macro present) or #undef (macro absent) of {@code name}. */
  record Effect(String name, Macro macro) {}

  /** One file's preprocessing under one set of consulted macros. */
  static final class Variant {
    final Map<String, Macro> consulted;
    final String text;
    final SourceMap.Slice segments;
    final ImmutableList<Effect> effects;

    Variant(
        Map<String, Macro> consulted,
        String text,
        SourceMap.Slice segments,
        ImmutableList<Effect> effects) {
      this.consulted = consulted;
      this.text = text;
      this.segments = segments;
      this.effects = effects;
    }
  }

  /** Records what one inclusion consults and changes while it is processed. */
  static final class Recording {
    /** Stands for "not defined" among consulted macros. */
    static final Macro UNDEFINED =
        new Macro("", false, ImmutableList.of(), false, ImmutableList.of());

    final Map<String, Macro> consulted = new HashMap<>();
    final Set<String> touched = new HashSet<>();
    final List<Effect> effects = new ArrayList<>();
    final int textStart;

    Recording(int textStart) {
      this.textStart = textStart;
    }

    void consult(String name, Macro value) {
      if (!touched.contains(name)) {
        consulted.putIfAbsent(name, value == null ? UNDEFINED : value);
      }
    }

    void change(Effect effect) {
      touched.add(effect.name());
      effects.add(effect);
    }
  }

  /** A remembered result of including {@code file} that holds under {@code macros}, if any. */
  Variant find(Path file, Map<String, Macro> macros) {
    for (Variant v : variants.getOrDefault(file, List.of())) {
      if (holds(v, macros)) {
        return v;
      }
    }
    return null;
  }

  private static boolean holds(Variant v, Map<String, Macro> macros) {
    for (Map.Entry<String, Macro> e : v.consulted.entrySet()) {
      Macro now = macros.get(e.getKey());
      if (e.getValue() == Recording.UNDEFINED ? now != null : !e.getValue().equals(now)) {
        return false;
      }
    }
    return true;
  }

  void remember(Path file, Variant v) {
    List<Variant> list = variants.computeIfAbsent(file, k -> new ArrayList<>(1));
    if (list.size() < MAX_VARIANTS) {
      list.add(v);
    }
  }

  void clear() {
    variants.clear();
  }
}
