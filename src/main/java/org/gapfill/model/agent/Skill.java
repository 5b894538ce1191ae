package org.gapfill.model.agent;

import org.gapfill.model.Domain;

/** What a volunteer can do; a skill's hours count only for the domains it fits. */
public enum Skill {
  MEDICAL("medical"),
  LEGAL("legal"),
  /** Interpreters serve no case alone but raise the productivity of everyone else. */
  INTERPRETER("interpreter"),
  GENERAL("general");

  public static final int COUNT = 4;
  private static final Skill[] ALL = values();

  private final String word;

  Skill(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Skill of(int ordinal) {
    return ALL[ordinal];
  }

  /** The skill named by a scenario word, or null when there is none. */
  public static Skill fromWord(String word) {
    for (Skill s : ALL) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    return null;
  }

  /**
   * The volunteer skill whose hours serve a domain (DESIGN §1.5): medical for health, legal for
   * legal, general for everything else.
   */
  public static Skill fitting(Domain domain) {
    switch (domain) {
      case HEALTH:
        return MEDICAL;
      case LEGAL:
        return LEGAL;
      default:
        return GENERAL;
    }
  }

  @Override
  public String toString() {
    return word;
  }
}
