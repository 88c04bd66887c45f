package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.config.ConfigDocument;

/**
 * The outcome of resolving one config: the .config conf would write, what conf reported (or
 * silently noted) on the way in the order it did, and, when asked for, the issues: how the result
 * differs from what the input asked for.
 */
public record Resolution(
    ConfigDocument output,
    ImmutableList<ConfMessage> messages,
    ImmutableList<KconfigIssue> issues) {}
