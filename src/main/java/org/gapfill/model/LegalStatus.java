package org.gapfill.model;

/**
 * A migrant's residence status. The first three are the model's target group; a migrant whose
 * legal case succeeds becomes {@link #REGULARISED} and leaves the simulated population.
 */
public enum LegalStatus {
  /** In the asylum procedure. */
  ASYLUM_SEEKER("asylumSeeker"),
  /** Rejected asylum seeker who has not been deported. */
  REJECTED("rejected"),
  /** Never had a status, or overstayed it. */
  UNDOCUMENTED("undocumented"),
  /** Left the target group through a successful legal case; counted, not simulated. */
  REGULARISED("regularised");

  /** The statuses of people simulated as in need (all but REGULARISED). */
  public static final int SIMULATED = 3;
  private static final LegalStatus[] ALL = values();

  private final String word;

  LegalStatus(String word) {
    this.word = word;
  }

  /** The word used in scenario files. */
  public String word() {
    return word;
  }

  public static LegalStatus of(int ordinal) {
    return ALL[ordinal];
  }

  /** The status named by a scenario word, or null when there is none. */
  public static LegalStatus fromWord(String word) {
    for (LegalStatus s : ALL) {
      if (s.word.equals(word)) {
        return s;
      }
    }
    return null;
  }

  /** Whether public offices under a reporting duty pass this person's data on (no residence right). */
  public boolean deportable() {
    return this == REJECTED || this == UNDOCUMENTED;
  }

  @Override
  public String toString() {
    return word;
  }
}
