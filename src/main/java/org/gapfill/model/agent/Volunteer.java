package org.gapfill.model.agent;

/** A volunteer of one CSO: a skill, the hours it gives, its motivation and tenure. */
public final class Volunteer implements java.io.Serializable {
  /** Unique within a model run; identifies the holder of personal ties. */
  public final int id;
  public final Skill skill;
  public final double hoursPerWeek;
  /** A migrant who joined after being helped (autonomous CSOs, chapter §4.3). */
  public final boolean peer;
  double motivation;
  int tenureWeeks;

  public Volunteer(int id, Skill skill, double hoursPerWeek, boolean peer, double motivation) {
    this.id = id;
    this.skill = skill;
    this.hoursPerWeek = hoursPerWeek;
    this.peer = peer;
    this.motivation = motivation;
  }

  public double motivation() {
    return motivation;
  }

  public int tenureWeeks() {
    return tenureWeeks;
  }
}
