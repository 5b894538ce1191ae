package org.gapfill.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, read from the jar's manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
  private static final String VERSION = read();

  /** The project version, from the build (the same in the jar and in tests). */
  public static String version() {
    return VERSION;
  }

  private static String read() {
    try (java.io.InputStream in = Version.class.getResourceAsStream("/org/gapfill/gapfill.properties")) {
      java.util.Properties p = new java.util.Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "dev");
    } catch (java.io.IOException e) {
      return "dev";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"gapfill " + version(), "Java " + System.getProperty("java.version")};
  }
}
