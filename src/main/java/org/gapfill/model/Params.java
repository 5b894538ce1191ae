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
public final class Params implements java.io.Serializable {
  @Param(doc = "A short title for reports and result folder names.")
  public String name = "default";
  @Param(doc = "What the scenario represents and where its numbers come from.")
  public String description = "";
  @Param(doc = "Simulated weeks.", unit = "weeks", min = 1, max = 5200)
  public int horizonWeeks = 520;
  @Param(doc = "Base seed of the random number generator.")
  public long seed = 1;
  @Param(
      doc = "Multiplies populations, volunteer counts, capacities and money.",
      unit = "multiplier",
      min = 0,
      max = 1000)
  public double scale = 1.0;
  @Param(doc = "Weeks between network metric computations.", unit = "weeks", min = 1, max = 520)
  public int networkEveryWeeks = 4;
  @Param(
      doc = "Weeks whose network is snapshotted (and measured); empty means week 0, event weeks, last week.",
      unit = "weeks",
      min = 0)
  public List<Integer> networkSnapshotWeeks = new ArrayList<>();
  @Param(
      doc = "Public solidarity: scales donations and volunteer recruitment (1 = normal).",
      unit = "multiplier",
      min = 0,
      max = 10)
  public double publicSolidarity = 1.0;

  public final MigrantParams migrants = new MigrantParams();
  public final MunicipalityParams municipality = new MunicipalityParams();
  public final VolunteerParams volunteers = new VolunteerParams();
  public final List<CsoParams> csos = new ArrayList<>();
  public final List<TieParams> ties = new ArrayList<>();
  public final List<PolicyEvent> events = new ArrayList<>();
  public final Behaviour behaviour = new Behaviour();

  /** The migrant population and its needs. */
  public static final class MigrantParams implements java.io.Serializable {
    @Param(doc = "Migrants at week 0.", unit = "people", min = 0, max = 10000000)
    public int initial = 15_000;
    @Param(
        doc = "Mean new arrivals a week (Poisson).",
        unit = "people per week",
        min = 0,
        max = 1000000)
    public double arrivalsPerWeek = 20;
    @Param(
        doc = "Weekly probability that a migrant leaves the city of its own accord.",
        unit = "probability",
        min = 0,
        max = 1)
    public double departureRatePerWeek = 0.002;
    @Param(
        doc = "Shares of asylum seekers, rejected and undocumented among arrivals and at start; sum 1.",
        unit = "share",
        min = 0,
        max = 1,
        sumsToOne = true)
    public double[] statusMix = {0.25, 0.35, 0.40};
    @Param(
        doc = "Contacts per migrant in the word-of-mouth graph (a small world).",
        unit = "people",
        min = 0,
        max = 12)
    public int contactsPerMigrant = 6;
    @Param(
        doc = "Weekly probability that a new need of each domain arises for a migrant without one.",
        unit = "probability",
        min = 0,
        max = 1)
    public double[] needRatesPerWeek = {0.02, 0.01, 0.008, 0.03, 0.004, 0.01};
    @Param(doc = "Mean fear of deportation at arrival, in [0,1].", unit = "fear", min = 0, max = 1)
    public double initialFear = 0.5;
    @Param(
        doc = "Mean trust in the city's offices at arrival, in [0,1].",
        unit = "trust",
        min = 0,
        max = 1)
    public double initialTrustCity = 0.5;
  }

  /** The municipality, its public services and its policy. */
  public static final class MunicipalityParams implements java.io.Serializable {
    @Param(
        doc = "Hours a week each public service can give the target group.",
        unit = "hours per week",
        min = 0,
        max = 10000000)
    public double[] capacityHoursPerWeek = {3000, 900, 300, 1500, 600, 300};
    @Param(doc = "Eligibility by status (asylum seeker, rejected, undocumented) and domain.")
    public Eligibility[][] eligibility = defaultEligibility();
    @Param(
        doc = "Probability that a street-level official accepts a discretionary case.",
        unit = "probability",
        min = 0,
        max = 1)
    public double discretion = 0.5;
    @Param(
        doc = "Public offices pass data to migration authorities (the Swiss Meldepflicht, chapter §4.2).")
    public boolean reportingDuty = false;
    @Param(doc = "A city identity card (planned in Bern, chapter §4.2): less fear, wider access.")
    public boolean municipalId = false;
    @Param(
        doc = "Cost of one public service hour, money.",
        unit = "money per hour",
        min = 0,
        max = 1000000)
    public double costPerHour = 80;
    @Param(
        doc = "Cost of one emergency admission, money.",
        unit = "money",
        min = 0,
        max = 100000000)
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
  public static final class PoliticsParams implements java.io.Serializable {
    @Param(doc = "Whether CSO advocacy and visible hardship feed back into grants and discretion.")
    public boolean enabled = false;
    @Param(doc = "Whether the governing coalition is inclusive (answers pressure) at the start.")
    public boolean inclusive = true;
    @Param(
        doc = "Pressure added per weighted advocacy hour.",
        unit = "pressure",
        min = 0,
        max = 1000)
    public double pressurePerAdvocacyHour = 0.01;
    @Param(
        doc = "Pressure added per open need unit of severity 3 (visible hardship).",
        unit = "pressure",
        min = 0,
        max = 1000)
    public double pressurePerCriticalUnit = 0.002;
    @Param(doc = "Share of pressure that fades each week.", unit = "share", min = 0, max = 1)
    public double pressureDecayPerWeek = 0.05;
    @Param(
        doc = "Pressure above which an inclusive city responds.",
        unit = "pressure",
        min = 0,
        max = 1000000000)
    public double threshold = 10;
    @Param(
        doc = "Weeks between crossing the threshold and the response (AmberMed's campaign took time).",
        unit = "weeks",
        min = 0,
        max = 5200)
    public int lagWeeks = 26;
    @Param(doc = "Relative rise of grants in a response.", unit = "share", min = 0, max = 10)
    public double grantRaise = 0.1;
    @Param(doc = "Rise of discretion in a response.", unit = "probability", min = 0, max = 1)
    public double discretionRaise = 0.05;
    @Param(doc = "Weeks between elections.", unit = "weeks", min = 0, max = 5200)
    public int electionEveryWeeks = 208;
    @Param(
        doc = "Probability that an election flips the stance (\"progressive leaders ... may be replaced\").",
        unit = "probability",
        min = 0,
        max = 1)
    public double stanceFlipChance = 0.3;
  }

  /** The volunteer labour market shared by all CSOs. */
  public static final class VolunteerParams implements java.io.Serializable {
    @Param(
        doc = "Mean hours a volunteer gives in a week it is available (Swiss volunteers give about 4).",
        unit = "hours per week",
        min = 0,
        max = 80)
    public double hoursPerWeekMean = 4.1;
    @Param(
        doc = "Share of volunteers still active after a year (about 0.65 in the shipped scenarios).",
        unit = "share",
        min = 0,
        max = 1)
    public double annualRetention = 0.65;
    @Param(
        doc = "New volunteers a week across all CSOs at normal solidarity.",
        unit = "people per week",
        min = 0,
        max = 100000)
    public double recruitmentPerWeek = 3.0;
    @Param(
        doc = "Probability that a volunteer is available in a given week.",
        unit = "probability",
        min = 0,
        max = 1)
    public double availability = 0.8;
  }

  /** An initial referral tie named in a scenario. */
  public static final class TieParams implements java.io.Serializable {
    @Param(doc = "A CSO name, or public.DOMAIN for the public service of a domain.")
    public String from;
    @Param(doc = "The other end: a CSO name or public.DOMAIN.")
    public String to;
    @Param(doc = "Tie strength.", unit = "strength", min = 0, max = 1)
    public double strength;
    @Param(doc = "Who holds the tie: org (formalised), staff or volunteer (personal).")
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
    return ParamCopy.into(this, new Params());
  }
}
