package org.kclint.rules;

import com.google.common.collect.ImmutableList;
import org.kclint.diag.Position;

/**
 * The catalogue entry of a check kclint makes in code rather than from a rule's condition (the
 * Kconfig checks such as {@code value-dropped}, the waiver checks), as its {@code .check} file
 * states it: reports, {@code kclint rules}, {@code explain} and the help pages read it like a rule.
 *
 * @param area the catalogue folder the entry lives in ({@code rules/catalogue/<area>/<id>.check})
 * @param position where the entry is declared
 */
public record BuiltInCheck(
    String id,
    String area,
    Severity severity,
    String summary,
    ImmutableList<Reference> references,
    String explanation,
    Position position) {}
