package org.gapfill.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The events of a run folder ({@code events.csv}, replicate 1) and their chart markers. */
final class Events {
  /** Event types of DESIGN §1.6: drawn as solid markers; other (endogenous) events dashed. */
  static final Set<String> POLICY = Set.of("narrowEligibility", "widenEligibility",
      "setDiscretion", "fundingCut", "publicCapacity", "volunteerShock", "volunteerRecruitment",
      "volunteerSeasonality", "demandShock", "lockdown", "reportingDuty", "municipalId",
      "donationChange", "solidarityChange", "csoEntry", "csoExit");

  private Events() {
  }

  /** An event of replicate 1. */
  record Event(int week, String type, String detail) {
  }

  /** The events of replicate 1 (or of all rows when there is no replicate column). */
  static List<Event> read(Path dir) {
    Path file = dir.resolve("events.csv");
    List<Event> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    Csv csv = Csv.read(file);
    for (int i = 0; i < csv.size(); i++) {
      if (csv.has("replicate") && csv.number(i, "replicate") != 1) {
        continue;
      }
      out.add(new Event((int) csv.number(i, "week"), csv.text(i, "type"),
          csv.has("detail") ? csv.text(i, "detail") : ""));
    }
    return out;
  }

  /** One marker per week with events; weeks with only endogenous events are dashed. */
  static List<Charts.EventMark> marks(List<Event> events) {
    Map<Integer, List<String>> byWeek = new LinkedHashMap<>();
    Map<Integer, Boolean> policy = new LinkedHashMap<>();
    for (Event e : events) {
      List<String> types = byWeek.computeIfAbsent(e.week(), w -> new ArrayList<>());
      if (!types.contains(e.type())) {
        types.add(e.type());
      }
      policy.merge(e.week(), POLICY.contains(e.type()), Boolean::logicalOr);
    }
    List<Charts.EventMark> marks = new ArrayList<>();
    for (var e : byWeek.entrySet()) {
      marks.add(new Charts.EventMark(e.getKey(), String.join(", ", e.getValue()),
          !policy.get(e.getKey())));
    }
    return marks;
  }

  /** "week 52: narrowEligibility — detail" for each policy event, in order. */
  static List<String> timeline(List<Event> events) {
    List<String> items = new ArrayList<>();
    for (Event e : events) {
      if (POLICY.contains(e.type())) {
        items.add("week " + e.week() + ": " + e.type() + (e.detail().isEmpty() ? "" : " — " + e.detail()));
      }
    }
    return items;
  }
}
