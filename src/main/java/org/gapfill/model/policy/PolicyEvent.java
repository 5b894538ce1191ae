package org.gapfill.model.policy;

import java.util.List;
import java.util.Set;
import org.gapfill.model.CityModel;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.agent.Cso;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.PublicService;
import org.gapfill.model.agent.Skill;

/**
 * A policy shift of DESIGN §1.6, applied in the POLICY phase of week {@link #at()}. Each type
 * is one immutable record; {@link #type()} is the word a scenario uses.
 */
public sealed interface PolicyEvent extends java.io.Serializable {
  /** The week the event takes effect. */
  int at();

  /** The event type as written in scenario files. */
  String type();

  /** Changes the model's state; returns a one-line description for the event log. */
  String apply(CityModel model);

  /** Fewer people may use public services: a status loses eligibility in some domains. */
  record NarrowEligibility(int at, LegalStatus status, Set<Domain> domains, Eligibility to)
      implements PolicyEvent {
    public NarrowEligibility {
      domains = Sets.frozen(domains, Domain.class);
    }

    public String type() {
      return "narrowEligibility";
    }

    public String apply(CityModel model) {
      for (Domain d : domains) {
        model.municipality().setEligibility(status, d, to);
      }
      return status + " " + domains + " -> " + to;
    }
  }

  /** More people may use public services. */
  record WidenEligibility(int at, LegalStatus status, Set<Domain> domains, Eligibility to)
      implements PolicyEvent {
    public WidenEligibility {
      domains = Sets.frozen(domains, Domain.class);
    }

    public String type() {
      return "widenEligibility";
    }

    public String apply(CityModel model) {
      for (Domain d : domains) {
        model.municipality().setEligibility(status, d, to);
      }
      return status + " " + domains + " -> " + to;
    }
  }

  /** Street-level officials' acceptance of discretionary cases. */
  record SetDiscretion(int at, double value) implements PolicyEvent {
    public String type() {
      return "setDiscretion";
    }

    public String apply(CityModel model) {
      model.municipality().setDiscretion(value);
      return "discretion " + value;
    }
  }

  /** Municipal grants × (1 − fraction) for a target: all, a CSO type, or a CSO name. */
  record FundingCut(int at, String target, double fraction) implements PolicyEvent {
    public String type() {
      return "fundingCut";
    }

    public String apply(CityModel model) {
      List<Cso> hit = model.csosMatching(target);
      for (Cso c : hit) {
        c.setGrantPerWeek(c.grantPerWeek() * (1 - fraction));
      }
      return target + " grants -" + Math.round(fraction * 100) + "% (" + hit.size() + " CSOs)";
    }
  }

  /** Public service capacity × factor in some domains. */
  record PublicCapacity(int at, Set<Domain> domains, double factor) implements PolicyEvent {
    public PublicCapacity {
      domains = Sets.frozen(domains, Domain.class);
    }

    public String type() {
      return "publicCapacity";
    }

    public String apply(CityModel model) {
      for (Domain d : domains) {
        PublicService s = model.municipality().service(d.ordinal());
        s.scaleCapacity(factor);
      }
      return domains + " capacity x" + factor;
    }
  }

  /** That fraction of volunteers (of some skills, of a target) leaves at once. */
  record VolunteerShock(int at, double fraction, Set<Skill> skills, String target)
      implements PolicyEvent {
    public VolunteerShock {
      skills = Sets.frozen(skills, Skill.class);
    }

    public String type() {
      return "volunteerShock";
    }

    public String apply(CityModel model) {
      int left = 0;
      for (Cso c : model.csosMatching(target == null ? "all" : target)) {
        left += model.volunteerShock(c, fraction, skills);
      }
      return left + " volunteers left";
    }
  }

  /** Volunteer recruitment × factor (for a target, or all). */
  record VolunteerRecruitment(int at, double factor, String target) implements PolicyEvent {
    public String type() {
      return "volunteerRecruitment";
    }

    public String apply(CityModel model) {
      for (Cso c : model.csosMatching(target == null ? "all" : target)) {
        c.scaleRecruitment(factor);
      }
      return "recruitment x" + factor;
    }
  }

  /** Recruitment and availability oscillate with an amplitude and period. */
  record VolunteerSeasonality(int at, double amplitude, int periodWeeks) implements PolicyEvent {
    public String type() {
      return "volunteerSeasonality";
    }

    public String apply(CityModel model) {
      model.setSeasonality(amplitude, periodWeeks, at);
      return "amplitude " + amplitude + ", period " + periodWeeks + " weeks";
    }
  }

  /** Extra arrivals of a status spread over weeks. */
  record DemandShock(int at, int arrivals, LegalStatus status, int weeks) implements PolicyEvent {
    public String type() {
      return "demandShock";
    }

    public String apply(CityModel model) {
      model.population().demandShock(arrivals, status, weeks, at);
      return arrivals + " " + status + " arrivals over " + weeks + " weeks";
    }
  }

  /** Temporary closures: in-person capacity of offices and CSOs falls for some weeks. */
  record Lockdown(int at, int weeks, double publicFactor, double csoFactor) implements PolicyEvent {
    public String type() {
      return "lockdown";
    }

    public String apply(CityModel model) {
      model.municipality().lockdown(publicFactor, csoFactor, at + weeks);
      return weeks + " weeks, public x" + publicFactor + ", CSOs x" + csoFactor;
    }
  }

  /** Public offices report (or stop reporting) to migration authorities. */
  record ReportingDuty(int at, boolean enabled) implements PolicyEvent {
    public String type() {
      return "reportingDuty";
    }

    public String apply(CityModel model) {
      model.municipality().setReportingDuty(enabled);
      return enabled ? "on" : "off";
    }
  }

  /** A city identity card is introduced (or withdrawn). */
  record MunicipalId(int at, boolean enabled) implements PolicyEvent {
    public String type() {
      return "municipalId";
    }

    public String apply(CityModel model) {
      model.municipality().setMunicipalId(enabled);
      return enabled ? "on" : "off";
    }
  }

  /** Donations × factor (for a target, or all). */
  record DonationChange(int at, double factor, String target) implements PolicyEvent {
    public String type() {
      return "donationChange";
    }

    public String apply(CityModel model) {
      for (Cso c : model.csosMatching(target == null ? "all" : target)) {
        c.scaleDonations(factor);
      }
      return "donations x" + factor;
    }
  }

  /** The public's solidarity × factor (donations and recruitment everywhere). */
  record SolidarityChange(int at, double factor) implements PolicyEvent {
    public String type() {
      return "solidarityChange";
    }

    public String apply(CityModel model) {
      model.scaleSolidarity(factor);
      return "solidarity x" + factor;
    }
  }

  /** An organisation is founded (Medina, 2019, chapter §4.3). */
  record CsoEntry(int at, CsoParams cso) implements PolicyEvent {
    public CsoEntry {
      cso = cso.copy();
    }

    public String type() {
      return "csoEntry";
    }

    public String apply(CityModel model) {
      model.addCso(cso.copy());
      return cso.name + " (" + cso.type + ") founded";
    }
  }

  /** An organisation closes. */
  record CsoExit(int at, String name) implements PolicyEvent {
    public String type() {
      return "csoExit";
    }

    public String apply(CityModel model) {
      for (Cso c : model.csosMatching(name)) {
        model.closeCso(c, "closed by event");
      }
      return name + " closed";
    }
  }
}
