package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.kclint.check.BoardSource;
import org.kclint.check.CheckRequest;
import org.kclint.check.KconfigSource;
import org.kclint.check.Policy;
import org.kclint.check.ProjectSettings;
import org.kclint.check.Undecided;

/**
 * What the server reads for one workspace, as the client's {@code initializationOptions} give it
 * (paths relative to the workspace folder):
 *
 * <pre>
 * { "kconfig": "linux-6.1", "arch": "arm", "toolchain": "tc.shell.tsv",
 *   "env": { "KERNELVERSION": "6.1.192" }, "board": "board.dts", "include": ["linux/include"],
 *   "facts": "board.facts", "rules": ["bsp-rules"], "scenarios": ["bsp-scenarios"],
 *   "kernelVersion": "6.1.192" }
 * </pre>
 *
 * Every member is optional: without {@code kconfig} the rules run on the values as given, as {@code
 * check} does without {@code --kconfig}. The project's {@code .kclint} (found upward from the
 * document, as {@code check} finds it) adds its severity settings, baseline and rule packs.
 *
 * @param project the {@code .kclint} that governs the document, read when the session opens
 */
record WorkspaceSettings(
    Optional<Path> kconfig,
    String arch,
    Optional<Path> toolchain,
    ImmutableMap<String, String> environment,
    Optional<Path> board,
    ImmutableList<Path> includes,
    Optional<Path> facts,
    ImmutableList<Path> rules,
    ImmutableList<Path> scenarios,
    Optional<String> kernelVersion,
    Optional<Path> project) {

  static final WorkspaceSettings NONE =
      new WorkspaceSettings(
          Optional.empty(),
          "",
          Optional.empty(),
          ImmutableMap.of(),
          Optional.empty(),
          ImmutableList.of(),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableList.of(),
          Optional.empty(),
          Optional.empty());

  /**
   * The settings in {@code options}, paths taken relative to {@code base}, for a document governed
   * by the settings file {@code project}.
   */
  static WorkspaceSettings of(JsonElement options, Path base, Optional<Path> project) {
    if (options == null || !options.isJsonObject()) {
      return NONE.withProject(project);
    }
    JsonObject o = options.getAsJsonObject();
    ImmutableMap.Builder<String, String> env = ImmutableMap.builder();
    if (o.has("env") && o.get("env").isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("env").entrySet()) {
        env.put(e.getKey(), e.getValue().getAsString());
      }
    }
    return new WorkspaceSettings(
        text(o, "kconfig").map(base::resolve),
        text(o, "arch").orElse(""),
        text(o, "toolchain").map(base::resolve),
        env.buildKeepingLast(),
        text(o, "board").map(base::resolve),
        paths(o, "include", base),
        text(o, "facts").map(base::resolve),
        paths(o, "rules", base),
        paths(o, "scenarios", base),
        text(o, "kernelVersion"),
        project);
  }

  private WorkspaceSettings withProject(Optional<Path> file) {
    return new WorkspaceSettings(
        kconfig,
        arch,
        toolchain,
        environment,
        board,
        includes,
        facts,
        rules,
        scenarios,
        kernelVersion,
        file);
  }

  /**
   * What the check core reads: the tree (through the parsed-tree cache), the board, the rule packs
   * of the options and of {@code .kclint}, the kernel version (else the config's header, as for
   * {@code check}), and {@code .kclint}'s severity settings and baseline.
   *
   * @throws org.kclint.diag.InputException when {@code .kclint} is wrong
   * @throws IllegalArgumentException when {@code kernelVersion} is no kernel release
   */
  CheckRequest request() {
    ProjectSettings settings = project.map(ProjectSettings::read).orElse(ProjectSettings.NONE);
    CheckRequest request =
        CheckRequest.defaults()
            .withRules(
                ImmutableList.<Path>builder().addAll(rules).addAll(settings.rules()).build(),
                scenarios)
            .withPolicy(
                new Policy(
                    settings.policy(),
                    Optional.empty(),
                    settings.baseline(),
                    settings.ruleNames(),
                    Undecided.SUMMARY));
    if (kconfig.isPresent()) {
      KconfigSource tree =
          KconfigSource.of(kconfig.get().toAbsolutePath().normalize(), arch)
              .withEnv(environment)
              .withCache(KconfigSource.defaultCache());
      request = request.withTree(toolchain.map(tree::withToolchain).orElse(tree));
    }
    BoardSource source = board.map(dts -> BoardSource.dts(dts, includes)).orElse(BoardSource.NONE);
    if (facts.isPresent()) {
      source = source.withFactsFile(facts.get());
    }
    request = request.withBoard(source);
    return kernelVersion.isPresent() ? request.withKernelVersion(kernelVersion.get()) : request;
  }

  private static Optional<String> text(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e == null || !e.isJsonPrimitive() || e.getAsString().isEmpty()
        ? Optional.empty()
        : Optional.of(e.getAsString());
  }

  private static ImmutableList<Path> paths(JsonObject o, String key, Path base) {
    JsonElement e = o.get(key);
    if (e == null) {
      return ImmutableList.of();
    }
    if (e.isJsonPrimitive()) {
      return ImmutableList.of(base.resolve(e.getAsString()));
    }
    ImmutableList.Builder<Path> out = ImmutableList.builder();
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(p -> out.add(base.resolve(p.getAsString())));
    }
    return out.build();
  }
}
