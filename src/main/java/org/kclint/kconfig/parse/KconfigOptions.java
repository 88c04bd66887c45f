package org.kclint.kconfig.parse;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.kclint.diag.InputLimits;

/**
 * How to read a Kconfig tree.
 *
 * @param srctree the tree root; its file {@code Kconfig} is read first, and {@code source} paths
 *     are relative to it
 * @param arch the value of ARCH and SRCARCH
 * @param environment the other variables Kconfig may read (KERNELVERSION, CC, LD, CC_VERSION_TEXT,
 *     ...); {@code srctree} defaults to the tree root
 * @param toolchain recorded {@code $(shell,...)} results
 * @param allowShell whether {@code $(shell,...)} commands may run (never by default)
 * @param shellTimeout how long one command that runs may take before it is stopped and the reading
 *     fails
 * @param warnings receives what the kernel's tools print as warnings (on stderr)
 * @param info receives what {@code $(info,...)} prints (conf prints it on stdout)
 * @param shellRuns receives each {@code $(shell,...)} command that ran, with its result (how {@code
 *     kclint record} writes a toolchain profile)
 */
public record KconfigOptions(
    Path srctree,
    String arch,
    ImmutableMap<String, String> environment,
    Optional<ToolchainProfile> toolchain,
    boolean allowShell,
    Duration shellTimeout,
    Consumer<String> warnings,
    Consumer<String> info,
    BiConsumer<String, String> shellRuns) {

  /** Hermetic reading of {@code srctree} for {@code arch}: no environment, no profile, no shell. */
  public static KconfigOptions of(Path srctree, String arch) {
    return new KconfigOptions(
        srctree,
        arch,
        ImmutableMap.of(),
        Optional.empty(),
        false,
        Duration.ofSeconds(InputLimits.SHELL_SECONDS),
        warning -> {},
        message -> {},
        (command, output) -> {});
  }

  public KconfigOptions withEnvironment(Map<String, String> variables) {
    return new KconfigOptions(
        srctree,
        arch,
        ImmutableMap.copyOf(variables),
        toolchain,
        allowShell,
        shellTimeout,
        warnings,
        info,
        shellRuns);
  }

  public KconfigOptions withToolchain(ToolchainProfile profile) {
    return new KconfigOptions(
        srctree,
        arch,
        environment,
        Optional.of(profile),
        allowShell,
        shellTimeout,
        warnings,
        info,
        shellRuns);
  }

  public KconfigOptions withShell(boolean allowed) {
    return new KconfigOptions(
        srctree, arch, environment, toolchain, allowed, shellTimeout, warnings, info, shellRuns);
  }

  public KconfigOptions withShellTimeout(Duration timeout) {
    return new KconfigOptions(
        srctree, arch, environment, toolchain, allowShell, timeout, warnings, info, shellRuns);
  }

  /** Warnings, and {@code $(info,...)} too unless {@link #withInfo} says otherwise after. */
  public KconfigOptions withWarnings(Consumer<String> sink) {
    return new KconfigOptions(
        srctree, arch, environment, toolchain, allowShell, shellTimeout, sink, sink, shellRuns);
  }

  public KconfigOptions withInfo(Consumer<String> sink) {
    return new KconfigOptions(
        srctree, arch, environment, toolchain, allowShell, shellTimeout, warnings, sink, shellRuns);
  }

  public KconfigOptions withShellRuns(BiConsumer<String, String> sink) {
    return new KconfigOptions(
        srctree, arch, environment, toolchain, allowShell, shellTimeout, warnings, info, sink);
  }
}
