package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.config.ConfigDocument;

/**
 * The outcome of one conf run: the config conf writes (for savedefconfig the minimal one, whose
 * items are values only; listnewconfig and helpnewconfig write none), what conf reported (or
 * silently noted) on stderr in the order it did, what it printed on stdout, its exit status and,
 * when asked for, the issues: how the result differs from what the input asked for. With a non-zero
 * status conf stopped before writing anything.
 */
public record Resolution(
    ConfigDocument output,
    ImmutableList<ConfMessage> messages,
    ImmutableList<KconfigIssue> issues,
    String stdout,
    int exitStatus) {}
