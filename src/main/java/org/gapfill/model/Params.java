package org.gapfill.model;

import java.util.ArrayList;
import java.util.List;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.TieHolder;
import org.gapfill.model.policy.PolicyEvent;

/**
 * Everything a {@link CityModel} is built from: the population, the municipality, the
 * volunteers, the CSOs, the initial ties, the policy timeline and the behavioural rates. Plain
 * mutable data with a documented default for every value; a scenario fills it and the model
 * copies what it changes, so one Params can start many replicates.
 */
public final class Params {
  public String name = "default";
  public String description = "";
  /** Simulated weeks. */
  public int horizonWeeks = 520;
  /** Base seed of the random number generator. */
  public long seed = 1;
  /** Multiplies populations, volunteer counts, capacities and money (DESIGN §1.1). */
  public double scale = 1.0;
  /** Weeks between network metric computations. */
  public int networkEveryWeeks = 4;
  /** Weeks whose network is snapshotted (and measured); empty means week 0, event weeks, last week. */
  public List<Integer> networkSnapshotWeeks = new ArrayList<>();
  /** Public solidarity: scales donations and volunteer recruitment (1 = normal). */
  public double publicSolidarity = 1.0;

  public final MigrantParams migrants = new MigrantParams();
  public final MunicipalityParams municipality = new MunicipalityParams();
  public final VolunteerParams volunteers = new VolunteerParams();
  public final List<CsoParams> csos = new ArrayList<>();
  public final List<TieParams> ties = new ArrayList<>();
  public final List<PolicyEvent> events = new ArrayList<>();
  public final Behaviour behaviour = new Behaviour();

  /** The migrant population and its needs. */
  public static final class MigrantParams {
    /** Migrants at week 0. */
    public int initial = 15_000;
    /** Mean new arrivals a week (Poisson). */
    public double arrivalsPerWeek = 20;
    /** Weekly probability that a migrant leaves the city of its own accord. */
    public double departureRatePerWeek = 0.002;
    /** Shares of asylum seekers, rejected and undocumented among arrivals and at start; sum 1. */
    public double[] statusMix = {0.25, 0.35, 0.40};
    /** Contacts per migrant in the word-of-mouth graph (a small world). */
    public int contactsPerMigrant = 6;
    /** Weekly probability that a new need of each domain arises for a migrant without one. */
    public double[] needRatesPerWeek = {0.02, 0.01, 0.008, 0.03, 0.004, 0.01};
    /** Mean fear of deportation at arrival, in [0,1]. */
    public double initialFear = 0.5;
    /** Mean trust in the city's offices at arrival, in [0,1]. */
    public double initialTrustCity = 0.5;
  }

  /** The municipality, its public services and its policy. */
  public static final class MunicipalityParams {
    /** Hours a week each public service can give the target group. */
    public double[] capacityHoursPerWeek = {3000, 900, 300, 1500, 600, 300};
    /** Eligibility by status (asylum seeker, rejected, undocumented) and domain. */
    public Eligibility[][] eligibility = defaultEligibility();
    /** Probability that a street-level official accepts a discretionary case. */
    public double discretion = 0.5;
    /** Public offices pass data to migration authorities (the Swiss Meldepflicht, chapter §4.2). */
    public boolean reportingDuty = false;
    /** A city identity card (planned in Bern, chapter §4.2): less fear, wider access. */
    public boolean municipalId = false;
    /** Cost of one public service hour, money. */
    public double costPerHour = 80;
    /** Cost of one emergency admission, money. */
    public double emergencyCost = 4000;
    public final PoliticsParams politics = new PoliticsParams();

    static Eligibility[][] defaultEligibility() {
      Eligibility[][] e = new Eligibility[LegalStatus.SIMULATED][Domain.COUNT];
      for (int d = 0; d < Domain.COUNT; d++) {
        e[LegalStatus.ASYLUM_SEEKER.ordinal()][d] = Eligibility.ELIGIBLE;
        e[LegalStatus.REJECTED.ordinal()][d] = Eligibility.DISCRETIONARY;
        e[LegalStatus.UNDOCUMENTED.ordinal()][d] = Eligibility.EXCLUDED;
      }
      e[LegalStatus.REJECTED.ordinal()][Domain.EDUCATION.ordinal()] = Eligibility.ELIGIBLE;
      e[LegalStatus.UNDOCUMENTED.ordinal()][Domain.EDUCATION.ordinal()] = Eligibility.ELIGIBLE;
      return e;
    }
  }

  /** Optional political feedback (DESIGN §1.5 step 6); off unless enabled. */
  public static final class PoliticsParams {
    public boolean enabled = false;
    /** Whether the governing coalition is inclusive (answers pressure) at the start. */
    public boolean inclusive = true;
    /** Pressure added per weighted advocacy hour. */
    public double pressurePerAdvocacyHour = 0.01;
    /** Pressure added per open need unit of severity 3 (visible hardship). */
    public double pressurePerCriticalUnit = 0.002;
    /** Share of pressure that fades each week. */
    public double pressureDecayPerWeek = 0.05;
    /** Pressure above which an inclusive city responds. */
    public double threshold = 10;
    /** Weeks between crossing the threshold and the response (AmberMed's campaign took time). */
    public int lagWeeks = 26;
    /** Relative rise of grants in a response. */
    public double grantRaise = 0.1;
    /** Rise of discretion in a response. */
    public double discretionRaise = 0.05;
    /** Weeks between elections. */
    public int electionEveryWeeks = 208;
    /** Probability that an election flips the stance ("progressive leaders ... may be replaced"). */
    public double stanceFlipChance = 0.3;
  }

  /** The volunteer labour market shared by all CSOs. */
  public static final class VolunteerParams {
    /** Mean hours a volunteer gives in a week it is available (Swiss volunteers give about 4). */
    public double hoursPerWeekMean = 4.1;
    /** Share of volunteers still active after a year (about 0.65, DESIGN §1.8). */
    public double annualRetention = 0.65;
    /** New volunteers a week across all CSOs at normal solidarity. */
    public double recruitmentPerWeek = 3.0;
    /** Probability that a volunteer is available in a given week. */
    public double availability = 0.8;
  }

  /** An initial referral tie named in a scenario. */
  public static final class TieParams {
    /** A CSO name, or {@code public.DOMAIN} for a public service. */
    public String from;
    public String to;
    public double strength;
    public TieHolder holder = TieHolder.ORG;

    public TieParams() {
    }

    public TieParams(String from, String to, double strength, TieHolder holder) {
      this.from = from;
      this.to = to;
      this.strength = strength;
      this.holder = holder;
    }
  }

  /** A deep copy of everything mutable (events are immutable records and are shared). */
  public Params copy() {
    Params p = new Params();
    p.name = name;
    p.description = description;
    p.horizonWeeks = horizonWeeks;
    p.seed = seed;
    p.scale = scale;
    p.networkEveryWeeks = networkEveryWeeks;
    p.networkSnapshotWeeks = new ArrayList<>(networkSnapshotWeeks);
    p.publicSolidarity = publicSolidarity;
    copyMigrants(migrants, p.migrants);
    copyMunicipality(municipality, p.municipality);
    p.volunteers.hoursPerWeekMean = volunteers.hoursPerWeekMean;
    p.volunteers.annualRetention = volunteers.annualRetention;
    p.volunteers.recruitmentPerWeek = volunteers.recruitmentPerWeek;
    p.volunteers.availability = volunteers.availability;
    for (CsoParams c : csos) {
      p.csos.add(c.copy());
    }
    for (TieParams t : ties) {
      p.ties.add(new TieParams(t.from, t.to, t.strength, t.holder));
    }
    p.events.addAll(events);
    behaviour.copyInto(p.behaviour);
    return p;
  }

  private static void copyMigrants(MigrantParams a, MigrantParams b) {
    b.initial = a.initial;
    b.arrivalsPerWeek = a.arrivalsPerWeek;
    b.departureRatePerWeek = a.departureRatePerWeek;
    b.statusMix = a.statusMix.clone();
    b.contactsPerMigrant = a.contactsPerMigrant;
    b.needRatesPerWeek = a.needRatesPerWeek.clone();
    b.initialFear = a.initialFear;
    b.initialTrustCity = a.initialTrustCity;
  }

  private static void copyMunicipality(MunicipalityParams a, MunicipalityParams b) {
    b.capacityHoursPerWeek = a.capacityHoursPerWeek.clone();
    for (int s = 0; s < LegalStatus.SIMULATED; s++) {
      b.eligibility[s] = a.eligibility[s].clone();
    }
    b.discretion = a.discretion;
    b.reportingDuty = a.reportingDuty;
    b.municipalId = a.municipalId;
    b.costPerHour = a.costPerHour;
    b.emergencyCost = a.emergencyCost;
    PoliticsParams x = a.politics;
    PoliticsParams y = b.politics;
    y.enabled = x.enabled;
    y.inclusive = x.inclusive;
    y.pressurePerAdvocacyHour = x.pressurePerAdvocacyHour;
    y.pressurePerCriticalUnit = x.pressurePerCriticalUnit;
    y.pressureDecayPerWeek = x.pressureDecayPerWeek;
    y.threshold = x.threshold;
    y.lagWeeks = x.lagWeeks;
    y.grantRaise = x.grantRaise;
    y.discretionRaise = x.discretionRaise;
    y.electionEveryWeeks = x.electionEveryWeeks;
    y.stanceFlipChance = x.stanceFlipChance;
  }
}
