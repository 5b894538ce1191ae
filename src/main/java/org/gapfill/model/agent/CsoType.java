package org.gapfill.model.agent;

/**
 * The three kinds of civil-society organisation of Ataç and Schilliger's Table 14.1 (chapter
 * §4), each carrying the defaults a CSO of that kind starts from. Every default can be
 * overridden per CSO in a scenario.
 */
public enum CsoType {
  /**
   * Medical support, shelter, education, basic assistance; professionals and volunteers; a
   * precarious mix of donations and municipal support; volunteer doctors' personal ties to
   * hospitals (chapter §4.1: AmberMed, Health Care for Sans-Papiers, Ute Bock).
   */
  CIVIC("civic"),
  /**
   * Welfare, legal and social support by mainly professional staff; stable public funding;
   * formal ties and "short routes" into the administration, used to push hardship cases
   * (chapter §4.2: Caritas, Advice Centre for Sans-Papiers, Neunerhaus).
   */
  INSTITUTIONAL("institutional"),
  /**
   * Legal and social advice and a space of encounter run by volunteers on donations only, with
   * no public money, four-eyes counselling and the migrants' highest trust (chapter §4.3:
   * Deserteursberatung, Medina).
   */
  AUTONOMOUS("autonomous");

  private final String word;

  CsoType(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The values a CSO of this type takes for every field its scenario leaves out (a fresh copy). */
  public CsoParams defaults() {
    return CsoDefaults.of(this);
  }

  /** The type named by a scenario word, or null when there is none. */
  public static CsoType fromWord(String word) {
    for (CsoType t : values()) {
      if (t.word.equals(word)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return word;
  }
}
