package org.gapfill.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Skill;
import org.gapfill.model.policy.PolicyEvent;

/**
 * Reads the {@code events:} of a scenario (DESIGN §1.6) into policy events once the whole
 * scenario is known, so it can check weeks against the horizon and names against the CSOs
 * (those of {@code csos:} and those founded by earlier {@code csoEntry} events).
 */
final class EventReader {
  /** The fields each event type takes besides {@code at} and {@code type}; "?" marks optional. */
  static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("narrowEligibility", List.of("status", "domains", "to"));
    FIELDS.put("widenEligibility", List.of("status", "domains", "to"));
    FIELDS.put("setDiscretion", List.of("value"));
    FIELDS.put("fundingCut", List.of("target", "fraction"));
    FIELDS.put("publicCapacity", List.of("domains", "factor"));
    FIELDS.put("volunteerShock", List.of("fraction", "skills?", "target?"));
    FIELDS.put("volunteerRecruitment", List.of("factor", "target?"));
    FIELDS.put("volunteerSeasonality", List.of("amplitude", "periodWeeks"));
    FIELDS.put("demandShock", List.of("arrivals", "status", "weeks"));
    FIELDS.put("lockdown", List.of("weeks", "publicFactor", "csoFactor"));
    FIELDS.put("reportingDuty", List.of("enabled"));
    FIELDS.put("municipalId", List.of("enabled"));
    FIELDS.put("donationChange", List.of("factor", "target?"));
    FIELDS.put("solidarityChange", List.of("factor"));
    FIELDS.put("csoEntry", List.of("cso"));
    FIELDS.put("csoExit", List.of("name"));
  }

  /** Largest factor an event may apply (a hundredfold change is already extreme). */
  private static final double MAX_FACTOR = 100;

  /** An event as written, with the index it has in its own file's list. */
  record Raw(Yaml.MapNode node, int index) {
  }

  private final Problems problems;
  private final Binder binder;
  private final CsoReader csoReader;

  EventReader(Problems problems, Binder binder, CsoReader csoReader) {
    this.problems = problems;
    this.binder = binder;
    this.csoReader = csoReader;
  }

  /** Turns the raw events into policy events, checking each against the finished scenario. */
  List<PolicyEvent> read(List<Raw> raws, Params params) {
    List<String> names = new ArrayList<>();
    for (CsoParams c : params.csos) {
      names.add(c.name);
    }
    List<Raw> ordered = new ArrayList<>(raws);
    ordered.sort((x, y) -> Integer.compare(week(x), week(y)));
    List<PolicyEvent> out = new ArrayList<>();
    for (Raw raw : ordered) {
      PolicyEvent e = read(raw, params, names);
      if (e != null) {
        out.add(e);
        if (e instanceof PolicyEvent.CsoEntry entry) {
          names.add(entry.cso().name);
        }
      }
    }
    return out;
  }

  private static int week(Raw raw) {
    Yaml.Entry at = raw.node().entries().get("at");
    if (at != null && at.value() instanceof Yaml.ScalarNode s && s.text() != null) {
      try {
        return (int) Double.parseDouble(s.text());
      } catch (NumberFormatException e) {
        return Integer.MAX_VALUE;
      }
    }
    return Integer.MAX_VALUE;
  }

  private PolicyEvent read(Raw raw, Params params, List<String> names) {
    String path = "events[" + raw.index() + "]";
    Yaml.MapNode m = raw.node();
    Yaml.Entry typeEntry = m.entries().get("type");
    if (typeEntry == null) {
      problems.add(m, path, "type is missing (allowed: " + String.join(", ", FIELDS.keySet()) + ")");
      return null;
    }
    String type = binder.text(typeEntry.value(), path + ".type");
    if (type == null) {
      return null;
    }
    List<String> fields = FIELDS.get(type);
    if (fields == null) {
      problems.add(typeEntry.value(), path + ".type", "unknown event type '" + type + "'"
          + Suggest.hint(type, FIELDS.keySet()) + " (allowed: " + String.join(", ", FIELDS.keySet()) + ")");
      return null;
    }
    if (!checkKeys(m, path, type, fields)) {
      return null;
    }
    Fields f = new Fields(m, path, params, names);
    Integer at = f.week();
    if (at == null) {
      return null;
    }
    PolicyEvent e = build(type, at, f);
    return f.ok ? e : null;
  }

  private boolean checkKeys(Yaml.MapNode m, String path, String type, List<String> fields) {
    List<String> allowed = new ArrayList<>(List.of("at", "type"));
    for (String f : fields) {
      allowed.add(f.replace("?", ""));
    }
    boolean ok = true;
    for (Yaml.Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        problems.add(e.keyNode(), path + "." + e.key(), "unknown key for " + type
            + Suggest.hint(e.key(), allowed) + " (allowed: " + String.join(", ", allowed) + ")");
        ok = false;
      }
    }
    for (String f : fields) {
      if (!f.endsWith("?") && !m.entries().containsKey(f)) {
        problems.add(m, path, type + " needs '" + f + "'");
        ok = false;
      }
    }
    if (!m.entries().containsKey("at")) {
      problems.add(m, path, "at (the week of the event) is missing");
      ok = false;
    }
    return ok;
  }

  private PolicyEvent build(String type, int at, Fields f) {
    switch (type) {
      case "narrowEligibility":
        return new PolicyEvent.NarrowEligibility(at, f.status(), f.domains(),
            f.eligibility(EnumSet.of(Eligibility.DISCRETIONARY, Eligibility.EXCLUDED)));
      case "widenEligibility":
        return new PolicyEvent.WidenEligibility(at, f.status(), f.domains(),
            f.eligibility(EnumSet.of(Eligibility.ELIGIBLE, Eligibility.DISCRETIONARY)));
      case "setDiscretion":
        return new PolicyEvent.SetDiscretion(at, f.number("value", 0, 1));
      case "fundingCut":
        return new PolicyEvent.FundingCut(at, f.target(false), f.number("fraction", 0, 1));
      case "publicCapacity":
        return new PolicyEvent.PublicCapacity(at, f.domains(), f.number("factor", 0, MAX_FACTOR));
      case "volunteerShock":
        return new PolicyEvent.VolunteerShock(at, f.number("fraction", 0, 1), f.skills(), f.target(true));
      case "volunteerRecruitment":
        return new PolicyEvent.VolunteerRecruitment(at, f.number("factor", 0, MAX_FACTOR), f.target(true));
      case "volunteerSeasonality":
        return new PolicyEvent.VolunteerSeasonality(at, f.number("amplitude", 0, 1),
            f.whole("periodWeeks", 1, 520));
      case "demandShock":
        return new PolicyEvent.DemandShock(at, f.whole("arrivals", 0, 10_000_000), f.status(),
            f.whole("weeks", 1, 5200));
      case "lockdown":
        return new PolicyEvent.Lockdown(at, f.whole("weeks", 1, 5200),
            f.number("publicFactor", 0, 1), f.number("csoFactor", 0, 1));
      case "reportingDuty":
        return new PolicyEvent.ReportingDuty(at, f.bool("enabled"));
      case "municipalId":
        return new PolicyEvent.MunicipalId(at, f.bool("enabled"));
      case "donationChange":
        return new PolicyEvent.DonationChange(at, f.number("factor", 0, MAX_FACTOR), f.target(true));
      case "solidarityChange":
        return new PolicyEvent.SolidarityChange(at, f.number("factor", 0, MAX_FACTOR));
      case "csoEntry":
        return f.cso(at);
      case "csoExit":
        return new PolicyEvent.CsoExit(at, f.csoName("name"));
      default:
        throw new IllegalStateException(type);
    }
  }

  /** Typed access to the fields of one event, recording problems and whether all were fine. */
  private final class Fields {
    final Yaml.MapNode m;
    final String path;
    final Params params;
    final List<String> names;
    boolean ok = true;

    Fields(Yaml.MapNode m, String path, Params params, List<String> names) {
      this.m = m;
      this.path = path;
      this.params = params;
      this.names = names;
    }

    private Yaml.Node node(String key) {
      return m.entries().get(key).value();
    }

    private <T> T check(T value) {
      ok &= value != null;
      return value;
    }

    Integer week() {
      Long at = binder.whole(node("at"), path + ".at", null);
      if (at == null) {
        return null;
      }
      if (at < 0 || at >= params.horizonWeeks) {
        problems.add(node("at"), path + ".at", "week " + at + " is outside the run (allowed: 0 to "
            + (params.horizonWeeks - 1) + ", horizonWeeks is " + params.horizonWeeks + ")");
        return null;
      }
      return (int) (long) at;
    }

    double number(String key, double min, double max) {
      Double v = binder.number(node(key), path + "." + key, null);
      if (v != null && (v < min || v > max)) {
        problems.add(node(key), path + "." + key, Binder.format(v) + " is out of range (allowed: "
            + Binder.format(min) + " to " + Binder.format(max) + ")");
        v = null;
      }
      Double checked = check(v);
      return checked == null ? 0 : checked;
    }

    int whole(String key, double min, double max) {
      Long v = binder.whole(node(key), path + "." + key, null);
      if (v != null && (v < min || v > max)) {
        problems.add(node(key), path + "." + key, v + " is out of range (allowed: "
            + Binder.format(min) + " to " + Binder.format(max) + ")");
        v = null;
      }
      Long checked = check(v);
      return checked == null ? 0 : (int) (long) checked;
    }

    boolean bool(String key) {
      Boolean v = check(binder.bool(node(key), path + "." + key));
      return v != null && v;
    }

    LegalStatus status() {
      Object s = binder.word(node("status"), path + ".status", LegalStatus.class);
      if (s == LegalStatus.REGULARISED) {
        problems.add(node("status"), path + ".status", "regularised people are not simulated "
            + "(allowed: asylumSeeker, rejected, undocumented)");
        s = null;
      }
      return check((LegalStatus) s);
    }

    Set<Domain> domains() {
      Set<Domain> d = check(binder.domains(node("domains"), path + ".domains"));
      return d == null ? Set.of() : d;
    }

    Eligibility eligibility(Set<Eligibility> allowed) {
      Eligibility e = (Eligibility) binder.word(node("to"), path + ".to", Eligibility.class);
      if (e != null && !allowed.contains(e)) {
        problems.add(node("to"), path + ".to", "'" + e + "' is not allowed here (allowed: "
            + allowed.toString().replaceAll("[\\[\\]]", "") + ")");
        e = null;
      }
      return check(e);
    }

    Set<Skill> skills() {
      if (!m.entries().containsKey("skills")) {
        return Set.of();
      }
      List<Yaml.Node> items = check(binder.list(node("skills"), path + ".skills"));
      Set<Skill> out = EnumSet.noneOf(Skill.class);
      if (items != null) {
        for (Yaml.Node item : items) {
          Skill s = check((Skill) binder.word(item, path + ".skills", Skill.class));
          if (s != null) {
            out.add(s);
          }
        }
      }
      return out;
    }

    /** {@code all}, a CSO type, or the name of a CSO that exists by then. */
    String target(boolean optional) {
      if (optional && !m.entries().containsKey("target")) {
        return null;
      }
      String t = check(binder.text(node("target"), path + ".target"));
      if (t == null || t.equals("all") || CsoType.fromWord(t) != null || names.contains(t)) {
        return t;
      }
      List<String> allowed = new ArrayList<>(List.of("all", "civic", "institutional", "autonomous"));
      allowed.addAll(names);
      problems.add(node("target"), path + ".target", "no CSO or type named '" + t + "'"
          + Suggest.hint(t, allowed) + " (allowed: all, a CSO type, or a CSO name)");
      ok = false;
      return null;
    }

    String csoName(String key) {
      String n = check(binder.text(node(key), path + "." + key));
      if (n != null && !names.contains(n)) {
        problems.add(node(key), path + "." + key, "no CSO named '" + n + "'"
            + Suggest.hint(n, names) + " (allowed: " + String.join(", ", names) + ")");
        ok = false;
      }
      return n;
    }

    PolicyEvent cso(int at) {
      Yaml.MapNode block = check(binder.map(node("cso"), path + ".cso"));
      if (block == null) {
        return null;
      }
      CsoParams c = check(csoReader.read(block, path + ".cso"));
      if (c != null && names.contains(c.name)) {
        problems.add(block, path + ".cso.name", "a CSO named '" + c.name + "' already exists");
        ok = false;
      }
      return c == null ? null : new PolicyEvent.CsoEntry(at, c);
    }
  }
}
