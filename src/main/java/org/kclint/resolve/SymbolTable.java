package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * conf's symbol hash table: sym_lookup/sym_find, and the order of for_all_symbols (bucket by
 * bucket, newest first within a bucket), which is the order conf computes and warns in.
 */
final class SymbolTable {
  private static final int HASH_SIZE = 9973;

  private final Map<String, KSymbol> plain = new HashMap<>();
  private final Map<String, KSymbol> constants = new HashMap<>();
  private final Map<String, KSymbol> namedChoices = new HashMap<>();
  private final List<KSymbol> created = new ArrayList<>();

  /** sym_lookup: finds or creates; {@code flags} is 0, CONST or CHOICE. */
  KSymbol lookup(String name, int flags) {
    KSymbol constant = tristateConstant(name);
    if (constant != null) {
      return constant;
    }
    Map<String, KSymbol> map = mapFor(flags);
    if (name != null) {
      KSymbol existing = map.get(name);
      if (existing != null) {
        return existing;
      }
    }
    KSymbol sym = new KSymbol(name, flags, created.size());
    created.add(sym);
    if (name != null) {
      map.put(name, sym);
    }
    return sym;
  }

  /** sym_find: a symbol that a .config line may name (not a quoted constant). */
  KSymbol find(String name) {
    KSymbol constant = tristateConstant(name);
    if (constant != null) {
      return constant;
    }
    KSymbol sym = plain.get(name);
    KSymbol choice = namedChoices.get(name);
    if (sym == null) {
      return choice;
    }
    return choice != null && choice.serial > sym.serial ? choice : sym;
  }

  private Map<String, KSymbol> mapFor(int flags) {
    if ((flags & KSymbol.CONST) != 0) {
      return constants;
    }
    return (flags & KSymbol.CHOICE) != 0 ? namedChoices : plain;
  }

  private static KSymbol tristateConstant(String name) {
    if (name == null || name.length() != 1) {
      return null;
    }
    return switch (name.charAt(0)) {
      case 'y' -> KSymbol.YES;
      case 'm' -> KSymbol.MOD;
      case 'n' -> KSymbol.NO;
      default -> null;
    };
  }

  /**
   * Every symbol in for_all_symbols order: by bucket, newest first. Each name is hashed once (the
   * sort compared 15,000 symbols' hashes some 400,000 times).
   */
  ImmutableList<KSymbol> inHashOrder() {
    long[] keys = new long[created.size()];
    for (int serial = 0; serial < keys.length; serial++) {
      keys[serial] = (long) bucket(created.get(serial).name) << 32 | (keys.length - 1 - serial);
    }
    Arrays.sort(keys);
    ImmutableList.Builder<KSymbol> all = ImmutableList.builderWithExpectedSize(keys.length);
    for (long key : keys) {
      all.add(created.get(keys.length - 1 - (int) key));
    }
    return all.build();
  }

  /** strhash (FNV-1 over the name's bytes as signed chars) modulo the table size. */
  static int bucket(String name) {
    if (name == null) {
      return 0;
    }
    int hash = 0x811c9dc5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ b) * 0x01000193;
    }
    return Integer.remainderUnsigned(hash, HASH_SIZE);
  }
}
