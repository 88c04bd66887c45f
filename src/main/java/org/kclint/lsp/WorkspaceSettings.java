package org.kclint.lsp;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the server reads for one workspace, as the client's {@code initializationOptions} give it
 * (paths relative to the workspace folder):
 *
 * <pre>
 * { "kconfig": "linux-6.1", "arch": "arm", "toolchain": "tc.shell.tsv",
 *   "env": { "KERNELVERSION": "6.1.192" }, "board": "board.dts", "include": ["linux/include"],
 *   "rules": ["bsp-rules"], "kernelVersion": "6.1.192" }
 * </pre>
 *
 * Every member is optional: without {@code kconfig} the rules run on the values as given, as {@code
 * check} does without {@code --kconfig}.
 */
record WorkspaceSettings(
    Optional<Path> kconfig,
    String arch,
    Optional<Path> toolchain,
    ImmutableMap<String, String> environment,
    Optional<Path> board,
    ImmutableList<Path> includes,
    ImmutableList<Path> rules,
    Optional<String> kernelVersion) {

  static final WorkspaceSettings NONE =
      new WorkspaceSettings(
          Optional.empty(),
          "",
          Optional.empty(),
          ImmutableMap.of(),
          Optional.empty(),
          ImmutableList.of(),
          ImmutableList.of(),
          Optional.empty());

  /** The settings in {@code options}, paths taken relative to {@code base}. */
  static WorkspaceSettings of(JsonElement options, Path base) {
    if (options == null || !options.isJsonObject()) {
      return NONE;
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
        paths(o, "rules", base),
        text(o, "kernelVersion"));
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
