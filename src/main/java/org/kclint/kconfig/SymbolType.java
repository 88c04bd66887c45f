package org.kclint.kconfig;

/** The five Kconfig types, and UNKNOWN for a symbol no definition gave a type. */
public enum SymbolType {
  UNKNOWN("unknown"),
  BOOL("bool"),
  TRISTATE("tristate"),
  INT("int"),
  HEX("hex"),
  STRING("string");

  private final String keyword;

  SymbolType(String keyword) {
    this.keyword = keyword;
  }

  /** The spelling Kconfig and conf use ({@code bool}, {@code tristate}, …). */
  public String keyword() {
    return keyword;
  }

  /** conf's sym_type_name, the name its messages and help screens use: {@code integer} for int. */
  public String confName() {
    return this == INT ? "integer" : keyword;
  }
}
