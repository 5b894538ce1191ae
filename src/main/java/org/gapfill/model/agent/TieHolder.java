package org.gapfill.model.agent;

/**
 * Who holds a referral tie. Personal ties leave with the person (the chapter, §3.3: social
 * workers and nurses "invest a lot in personal contacts to doctors, administrative persons at
 * hospitals"); {@code ORG} ties are formalised and survive turnover.
 */
public enum TieHolder {
  ORG("org"),
  /** A professional staff member; weakened when staff are laid off. */
  STAFF("staff"),
  /** A volunteer; the tie weakens when that volunteer leaves. */
  VOLUNTEER("volunteer");

  private final String word;

  TieHolder(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The holder named by a scenario word, or null when there is none. */
  public static TieHolder fromWord(String word) {
    for (TieHolder h : values()) {
      if (h.word.equals(word)) {
        return h;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return word;
  }
}
