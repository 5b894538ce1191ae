package org.gapfill.gui;

import org.gapfill.model.agent.CsoType;
import org.gapfill.model.policy.PolicyEvent;
import sim.util.Interval;

/**
 * The policy levers of the console's Model tab, as bean properties with {@code domX()} ranges
 * (sliders for numbers, menus for choices, check boxes for switches). A change does not touch
 * the model: it queues a policy event that the GUI applies before the next week, so it is
 * logged like a scenario's events and appears in {@code model.eventLog()}. Until then the
 * getters show the chosen value.
 */
public final class Levers extends EligibilityLevers {
  /** Lowest grant or recruitment level a slider offers (zero could not be undone by a factor). */
  public static final double MIN_LEVEL = 0.1;
  /** Highest grant or recruitment level a slider offers. */
  public static final double MAX_LEVEL = 2;
  private final CityModelWithUI ui;
  /** Current grant level of each CSO type relative to the start, changed only in the model thread. */
  private final double[] grantLevel = {1, 1, 1};
  private double recruitmentLevel = 1;

  Levers(CityModelWithUI ui) {
    super(ui);
    this.ui = ui;
  }

  /** Back to the starting levels (a new run). */
  void resetLevels() {
    java.util.Arrays.fill(grantLevel, 1);
    recruitmentLevel = 1;
  }

  // --- discretion ---

  public double getDiscretion() {
    Object pending = ui.pending("discretion");
    return pending != null ? (Double) pending : ui.city().discretion();
  }

  public void setDiscretion(double value) {
    double v = Math.max(0, Math.min(1, value));
    ui.queue("discretion", v, model -> new PolicyEvent.SetDiscretion(model.week(), v));
  }

  public Object domDiscretion() {
    return new Interval(0.0, 1.0);
  }

  // --- grants by CSO type, as a factor of the starting grants ---

  public double getGrantCivic() { return grantLevel(CsoType.CIVIC); }
  public void setGrantCivic(double v) { setGrantLevel(CsoType.CIVIC, v); }
  public Object domGrantCivic() { return levelRange(); }

  public double getGrantInstitutional() { return grantLevel(CsoType.INSTITUTIONAL); }
  public void setGrantInstitutional(double v) { setGrantLevel(CsoType.INSTITUTIONAL, v); }
  public Object domGrantInstitutional() { return levelRange(); }

  public double getGrantAutonomous() { return grantLevel(CsoType.AUTONOMOUS); }
  public void setGrantAutonomous(double v) { setGrantLevel(CsoType.AUTONOMOUS, v); }
  public Object domGrantAutonomous() { return levelRange(); }

  private static Interval levelRange() {
    return new Interval(MIN_LEVEL, MAX_LEVEL);
  }

  private double grantLevel(CsoType type) {
    Object pending = ui.pending("grant." + type.word());
    return pending != null ? (Double) pending : grantLevel[type.ordinal()];
  }

  private void setGrantLevel(CsoType type, double value) {
    double to = clampLevel(value);
    ui.queue("grant." + type.word(), to, model -> {
      double fraction = 1 - to / grantLevel[type.ordinal()];
      grantLevel[type.ordinal()] = to;
      return new PolicyEvent.FundingCut(model.week(), type.word(), fraction);
    });
  }

  /** A grant cut by a shock button, which the slider then shows. */
  void cutGrants(CsoType type, double fraction) {
    ui.queue(null, null, model -> {
      grantLevel[type.ordinal()] *= 1 - fraction;
      return new PolicyEvent.FundingCut(model.week(), type.word(), fraction);
    });
  }

  // --- volunteer recruitment, as a factor of the starting rate ---

  public double getRecruitment() {
    Object pending = ui.pending("recruitment");
    return pending != null ? (Double) pending : recruitmentLevel;
  }

  public void setRecruitment(double value) {
    double to = clampLevel(value);
    ui.queue("recruitment", to, model -> {
      double factor = to / recruitmentLevel;
      recruitmentLevel = to;
      return new PolicyEvent.VolunteerRecruitment(model.week(), factor, null);
    });
  }

  public Object domRecruitment() {
    return levelRange();
  }

  private static double clampLevel(double v) {
    return Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, v));
  }

  // --- switches ---

  public boolean getReportingDuty() {
    Object pending = ui.pending("reportingDuty");
    return pending != null ? (Boolean) pending : ui.city().reportingDuty();
  }

  public void setReportingDuty(boolean on) {
    ui.queue("reportingDuty", on, model -> new PolicyEvent.ReportingDuty(model.week(), on));
  }

  public boolean getMunicipalId() {
    Object pending = ui.pending("municipalId");
    return pending != null ? (Boolean) pending : ui.city().municipalId();
  }

  public void setMunicipalId(boolean on) {
    ui.queue("municipalId", on, model -> new PolicyEvent.MunicipalId(model.week(), on));
  }
}
