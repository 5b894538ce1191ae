package org.gapfill.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What a manifest records about the program: its version and, when known, its git commit. */
final class BuildInfo {
  private BuildInfo() {
  }

  /** The commit of the checkout the running jar was built in, or null when unknown. */
  static String gitCommit() {
    try {
      Path jar = Path.of(Gapfill.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      if (root == null || !Files.isDirectory(root.resolve(".git"))) {
        return null;
      }
      Process p = new ProcessBuilder("git", "rev-parse", "HEAD").directory(root.toFile())
          .redirectErrorStream(true).start();
      if (!p.waitFor(2, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return out.matches("[0-9a-f]{40}") ? out : null;
    } catch (IOException | InterruptedException | java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
