package org.gapfill.gui;

import java.util.Set;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.policy.PolicyEvent;

/**
 * The eligibility half of the Model tab: for rejected asylum seekers and undocumented people, a
 * menu per domain (eligible, discretionary, excluded). A choice becomes a
 * {@code narrowEligibility} or {@code widenEligibility} event applied before the next week (none
 * when the choice is the value already in force).
 */
public abstract class EligibilityLevers {
  private static final String[] WORDS = words();
  private final CityModelWithUI ui;

  EligibilityLevers(CityModelWithUI ui) {
    this.ui = ui;
  }

  private static String[] words() {
    Eligibility[] values = Eligibility.values();
    String[] out = new String[values.length];
    for (int k = 0; k < values.length; k++) {
      out[k] = values[k].word();
    }
    return out;
  }

  /** The menu index shown for a status and domain: a choice not yet applied, or the model's. */
  int eligibility(LegalStatus status, Domain domain) {
    Object pending = ui.pending(key(status, domain));
    if (pending != null) {
      return ((Eligibility) pending).ordinal();
    }
    return ui.city().eligibility(status.ordinal(), domain.ordinal()).ordinal();
  }

  void setEligibility(LegalStatus status, Domain domain, int index) {
    if (index < 0 || index >= WORDS.length) {
      return;
    }
    Eligibility to = Eligibility.values()[index];
    Set<Domain> domains = Set.of(domain);
    ui.queue(key(status, domain), to, model -> {
      Eligibility now = model.municipality().eligibility(status.ordinal(), domain.ordinal());
      int week = model.week();
      if (to == now) {
        return null;
      }
      return to.ordinal() > now.ordinal()
          ? new PolicyEvent.NarrowEligibility(week, status, domains, to)
          : new PolicyEvent.WidenEligibility(week, status, domains, to);
    });
  }

  private static String key(LegalStatus status, Domain domain) {
    return "eligibility." + status.word() + "." + domain.word();
  }

  private static Object menu() {
    return WORDS.clone();
  }

  // --- rejected asylum seekers ---

  public int getRejectedHealth() { return eligibility(LegalStatus.REJECTED, Domain.HEALTH); }
  public void setRejectedHealth(int v) { setEligibility(LegalStatus.REJECTED, Domain.HEALTH, v); }
  public Object domRejectedHealth() { return menu(); }

  public int getRejectedHousing() { return eligibility(LegalStatus.REJECTED, Domain.HOUSING); }
  public void setRejectedHousing(int v) { setEligibility(LegalStatus.REJECTED, Domain.HOUSING, v); }
  public Object domRejectedHousing() { return menu(); }

  public int getRejectedLegal() { return eligibility(LegalStatus.REJECTED, Domain.LEGAL); }
  public void setRejectedLegal(int v) { setEligibility(LegalStatus.REJECTED, Domain.LEGAL, v); }
  public Object domRejectedLegal() { return menu(); }

  public int getRejectedSubsistence() { return eligibility(LegalStatus.REJECTED, Domain.SUBSISTENCE); }
  public void setRejectedSubsistence(int v) { setEligibility(LegalStatus.REJECTED, Domain.SUBSISTENCE, v); }
  public Object domRejectedSubsistence() { return menu(); }

  public int getRejectedEducation() { return eligibility(LegalStatus.REJECTED, Domain.EDUCATION); }
  public void setRejectedEducation(int v) { setEligibility(LegalStatus.REJECTED, Domain.EDUCATION, v); }
  public Object domRejectedEducation() { return menu(); }

  public int getRejectedPsychosocial() { return eligibility(LegalStatus.REJECTED, Domain.PSYCHOSOCIAL); }
  public void setRejectedPsychosocial(int v) { setEligibility(LegalStatus.REJECTED, Domain.PSYCHOSOCIAL, v); }
  public Object domRejectedPsychosocial() { return menu(); }

  // --- undocumented people ---

  public int getUndocumentedHealth() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.HEALTH); }
  public void setUndocumentedHealth(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.HEALTH, v); }
  public Object domUndocumentedHealth() { return menu(); }

  public int getUndocumentedHousing() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.HOUSING); }
  public void setUndocumentedHousing(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.HOUSING, v); }
  public Object domUndocumentedHousing() { return menu(); }

  public int getUndocumentedLegal() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.LEGAL); }
  public void setUndocumentedLegal(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.LEGAL, v); }
  public Object domUndocumentedLegal() { return menu(); }

  public int getUndocumentedSubsistence() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.SUBSISTENCE); }
  public void setUndocumentedSubsistence(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.SUBSISTENCE, v); }
  public Object domUndocumentedSubsistence() { return menu(); }

  public int getUndocumentedEducation() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.EDUCATION); }
  public void setUndocumentedEducation(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.EDUCATION, v); }
  public Object domUndocumentedEducation() { return menu(); }

  public int getUndocumentedPsychosocial() { return eligibility(LegalStatus.UNDOCUMENTED, Domain.PSYCHOSOCIAL); }
  public void setUndocumentedPsychosocial(int v) { setEligibility(LegalStatus.UNDOCUMENTED, Domain.PSYCHOSOCIAL, v); }
  public Object domUndocumentedPsychosocial() { return menu(); }
}
