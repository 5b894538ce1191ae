package org.gapfill.model;

/** A field of need in which a migrant can lack support and a provider can offer it. */
public enum Domain {
  HEALTH("health"),
  HOUSING("housing"),
  LEGAL("legal"),
  /** Food, clothes and money. */
  SUBSISTENCE("subsistence"),
  /** Language courses and school enrolment. */
  EDUCATION("education"),
  PSYCHOSOCIAL("psychosocial");

  /** Number of domains; arrays indexed by domain have this length. */
  public static final int COUNT = 6;
  private static final Domain[] ALL = values();

  private final String word;

  Domain(String word) {
    this.word = word;
  }

  /** The word used in scenario files and column names. */
  public String word() {
    return word;
  }

  /** The domain with this ordinal, without allocating a values() array. */
  public static Domain of(int ordinal) {
    return ALL[ordinal];
  }

  /** The domain named by a scenario word, or null when there is none. */
  public static Domain fromWord(String word) {
    for (Domain d : ALL) {
      if (d.word.equals(word)) {
        return d;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return word;
  }
}
