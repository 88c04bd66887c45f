package org.kclint.resolve;

import com.google.common.collect.ImmutableList;
import org.kclint.config.ConfigDocument;

/**
 * The outcome of resolving one config: the .config conf would write, and what conf reported
 * (or silently noted) on the way, in the order it did.
 */
public record Resolution(ConfigDocument output, ImmutableList<ConfMessage> messages) {}
