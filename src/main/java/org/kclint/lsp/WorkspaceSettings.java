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
import org.kclint.check.ProjectInputs;
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
 * document, as {@code check} finds it) adds its severity settings, baseline and rule packs, and
 * gives the tree, arch, toolchain, variables, board, include folders, facts, scenario folders and
 * kernel release the options leave out: the options win setting by setting, as {@code check}'s
 * command line wins over the file.
 *
 * @param project the {@code .kclint} that governs the document, read when the session opens
 */
record WorkspaceSettings(ProjectInputs inputs, ImmutableList<Path> rules, Optional<Path> project) {

  /**
   * The settings in {@code options}, paths taken relative to {@code base}, for a document governed
   * by the settings file {@code project}.
   */
  static WorkspaceSettings of(JsonElement options, Path base, Optional<Path> project) {
    if (options == null || !options.isJsonObject()) {
      return new WorkspaceSettings(ProjectInputs.NONE, ImmutableList.of(), project);
    }
    JsonObject o = options.getAsJsonObject();
    ImmutableMap.Builder<String, String> env = ImmutableMap.builder();
    if (o.has("env") && o.get("env").isJsonObject()) {
      for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("env").entrySet()) {
        env.put(e.getKey(), e.getValue().getAsString());
      }
    }
    return new WorkspaceSettings(
        new ProjectInputs(
            text(o, "kconfig").map(base::resolve),
            text(o, "arch").orElse(""),
            text(o, "toolchain").map(base::resolve),
            env.buildKeepingLast(),
            text(o, "board").map(base::resolve),
            paths(o, "include", base),
            text(o, "facts").map(base::resolve),
            paths(o, "scenarios", base),
            text(o, "kernelVersion")),
        paths(o, "rules", base),
        project);
  }

  /**
   * The {@code .kclint} that governs the document, read now (it is read again for each opening, so
   * that an edit of it takes effect).
   *
   * @throws org.kclint.diag.InputException when {@code .kclint} is wrong
   */
  ProjectSettings projectSettings() {
    return project.map(ProjectSettings::read).orElse(ProjectSettings.NONE);
  }

  /**
   * These settings with {@code file}'s tree, board, scenario and kernel release settings where they
   * name none.
   */
  WorkspaceSettings withDefaults(ProjectInputs file) {
    return new WorkspaceSettings(inputs.over(file), rules, project);
  }

  /**
   * What the check core reads: the tree (through the parsed-tree cache), the board, the rule packs
   * of {@code .kclint} and then of the options (later packs win, as for {@code check}), the kernel
   * version (else the config's header, as for {@code check}), and {@code .kclint}'s severity
   * settings and baseline.
   *
   * @throws IllegalArgumentException when {@code kernelVersion} is no kernel release
   */
  CheckRequest request(ProjectSettings settings) {
    CheckRequest request =
        CheckRequest.defaults()
            .withRules(
                ImmutableList.<Path>builder().addAll(settings.rules()).addAll(rules).build(),
                inputs.scenarios())
            .withPolicy(
                new Policy(
                    settings.policy(),
                    Optional.empty(),
                    settings.baseline(),
                    settings.ruleNames(),
                    Undecided.SUMMARY))
            .withBoard(inputs.withDefaults(BoardSource.NONE));
    Optional<KconfigSource> tree = inputs.tree();
    if (tree.isPresent()) {
      request = request.withTree(tree.get());
    }
    return inputs.kernelVersion().isPresent()
        ? request.withKernelVersion(inputs.kernelVersion().get())
        : request;
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
