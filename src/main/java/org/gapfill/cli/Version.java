package org.gapfill.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}, read from the jar's manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
  /** The project version, or "dev" when running from classes. */
  public static String version() {
    String v = Gapfill.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"gapfill " + version(), "Java " + System.getProperty("java.version")};
  }
}
