package org.gapfill.model;

/** Whether a status may use a public service of a domain. */
public enum Eligibility {
  ELIGIBLE("eligible"),
  /** Case by case: a street-level official accepts with the municipality's discretion. */
  DISCRETIONARY("discretionary"),
  EXCLUDED("excluded");

  private final String word;

  Eligibility(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The value named by a scenario word, or null when there is none. */
  public static Eligibility fromWord(String word) {
    for (Eligibility e : values()) {
      if (e.word.equals(word)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return word;
  }
}
