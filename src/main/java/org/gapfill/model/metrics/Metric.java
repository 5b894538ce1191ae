package org.gapfill.model.metrics;

/**
 * The columns of {@code timeseries.csv} (DESIGN §1.7), in file order, each with its meaning.
 * The names are binding: scripts and the report read them.
 */
public enum Metric {
  WEEK("week", "simulated week, from 0"),
  MIGRANTS("migrants", "migrants in the city at the end of the week"),
  ARRIVALS("arrivals", "migrants who arrived this week"),
  DEPARTURES("departures", "migrants who left of their own accord"),
  DEPORTATIONS("deportations", "migrants deported (detected or removed)"),
  REGULARISATIONS("regularisations", "migrants who left the target group through a legal case or a positive asylum decision"),
  NEED_ARISEN("needArisen", "need units that arose this week, escalation included"),
  MET_PUBLIC("metPublic", "need units met by public services directly (emergency admissions included)"),
  MET_REFERRED("metReferred", "need units met by public services after CSO triage"),
  MET_CSO("metCso", "need units met in the CSOs' parallel infrastructure"),
  DROPPED("dropped", "need units that vanished unmet: resolved alone, or the migrant left"),
  NEED_OPEN("needOpen", "open need units at the end of the week"),
  UNMET_NEED("unmetNeed", "needOpen / (needOpen + need met over the last 4 weeks)"),
  UNMET_CRITICAL("unmetCritical", "open need units of severity 3"),
  MEAN_WAIT_WEEKS("meanWaitWeeks", "mean weeks an open need has waited"),
  EMERGENCIES("emergencies", "critical health needs that became emergency admissions"),
  GAP_FILLING_LOAD("gapFillingLoad", "metCso / (metPublic + metReferred + metCso), over the last 4 weeks"),
  DISPLACED_LOAD("displacedLoad", "CSO-met units of status-domain pairs eligible at week 0 but no longer"),
  UTILISATION_CIVIC("utilisation.civic", "hours demanded / hours available, civic CSOs"),
  UTILISATION_INSTITUTIONAL("utilisation.institutional", "hours demanded / hours available, institutional CSOs"),
  UTILISATION_AUTONOMOUS("utilisation.autonomous", "hours demanded / hours available, autonomous CSOs"),
  CSO_HOURS_CIVIC("csoHours.civic", "service hours civic CSOs had this week (their capacity)"),
  CSO_HOURS_INSTITUTIONAL("csoHours.institutional", "service hours institutional CSOs had this week"),
  CSO_HOURS_AUTONOMOUS("csoHours.autonomous", "service hours autonomous CSOs had this week"),
  VOLUNTEERS("volunteers", "active volunteers"),
  VOLUNTEER_HOURS("volunteerHours", "service hours volunteers had available this week"),
  VOLUNTEER_SHARE("volunteerShare", "share of CSO service hours given by volunteers"),
  VOLUNTEER_SHARE_CIVIC("volunteerShare.civic", "share of civic CSOs' service hours given by volunteers"),
  VOLUNTEER_SHARE_INSTITUTIONAL("volunteerShare.institutional", "share of institutional CSOs' service hours given by volunteers"),
  VOLUNTEER_SHARE_AUTONOMOUS("volunteerShare.autonomous", "share of autonomous CSOs' service hours given by volunteers"),
  TURNED_AWAY("turnedAway", "CSO cases turned away"),
  CSOS_ACTIVE("csosActive", "organisations alive"),
  CSO_RESERVE_CIVIC("csoReserve.civic", "mean reserve of civic CSOs, money"),
  CSO_RESERVE_INSTITUTIONAL("csoReserve.institutional", "mean reserve of institutional CSOs, money"),
  CSO_RESERVE_AUTONOMOUS("csoReserve.autonomous", "mean reserve of autonomous CSOs, money"),
  REFERRAL_ATTEMPTS("referralAttempts", "triage attempts into the regular system"),
  REFERRAL_SUCCESS("referralSuccess", "share of triage attempts that succeeded"),
  TIES("ties", "live referral ties"),
  TIES_LOST("tiesLost", "ties lost this week to turnover, decay or closure"),
  GIANT_COMPONENT("giantComponent", "share of nodes in the largest connected component"),
  TRIAGE_REACH("triageReach", "share of (CSO, public service of a domain it handles) pairs joined by a path"),
  ROBUSTNESS("robustness", "Schneider R under adaptive highest-degree removal"),
  ARTICULATION_POINTS("articulationPoints", "nodes whose loss disconnects the network"),
  KEY_PERSON_DEPENDENCY("keyPersonDependency", "share of tie strength held by a single person rather than org"),
  FRAGILITY("fragility", "1 − min(1, 2·robustness) × triageReach"),
  TRUST_CITY("trustCity", "mean trust of migrants in the city's offices"),
  FEAR("fear", "mean fear of deportation"),
  GRANTS_PAID("grantsPaid", "municipal grants paid to CSOs this week, money"),
  PUBLIC_SERVICE_COST("publicServiceCost", "public service hours used × costPerHour, money"),
  EMERGENCY_COST("emergencyCost", "emergencies × emergencyCost, money"),
  PUBLIC_COST("publicCost", "grantsPaid + publicServiceCost + emergencyCost, money"),
  PUBLIC_CONTACTS("publicContacts", "requests made directly at public offices"),
  ONWARD_REFERRALS("onwardReferrals", "cases a CSO referred to a partner CSO");

  private final String column;
  private final String meaning;

  Metric(String column, String meaning) {
    this.column = column;
    this.meaning = meaning;
  }

  /** The column name in result files. */
  public String column() {
    return column;
  }

  /** One sentence saying what the column measures. */
  public String meaning() {
    return meaning;
  }

  /** The metric of a column name, or null. */
  public static Metric fromColumn(String column) {
    for (Metric m : values()) {
      if (m.column.equals(column)) {
        return m;
      }
    }
    return null;
  }
}
