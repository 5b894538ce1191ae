package org.gapfill.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a result folder says about its scenario: name, description, key parameters and CSOs from
 * the resolved {@code scenario.yaml}, and {@code manifest.json} as text. Read as plain maps:
 * the report only shows these values, it never rebuilds a model from them.
 */
public record ScenarioInfo(String name, String description, Map<String, Object> tree,
    String manifest) {

  /** Reads {@code scenario.yaml} and {@code manifest.json} of a folder (either may be missing). */
  @SuppressWarnings("unchecked")
  public static ScenarioInfo read(Path dir) {
    Map<String, Object> tree = new LinkedHashMap<>();
    Path yaml = dir.resolve("scenario.yaml");
    if (Files.isRegularFile(yaml)) {
      try {
        Object o = new ObjectMapper(new YAMLFactory()).readValue(yaml.toFile(), Object.class);
        if (o instanceof Map<?, ?> m) {
          tree = (Map<String, Object>) m;
        }
      } catch (IOException e) {
        throw new ReportException("cannot read " + yaml + ": " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    String manifest = "";
    Path json = dir.resolve("manifest.json");
    if (Files.isRegularFile(json)) {
      try {
        manifest = Files.readString(json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ReportException("cannot read " + json + ": " + e.getMessage());
      }
    }
    String name = String.valueOf(tree.getOrDefault("name", dir.getFileName()));
    Object d = tree.get("description");
    return new ScenarioInfo(name, d == null ? "" : String.valueOf(d), tree, manifest);
  }

  /** A value by dotted path ("municipality.discretion"), or null. */
  public Object get(String path) {
    Object o = tree;
    for (String part : path.split("\\.")) {
      if (!(o instanceof Map<?, ?> m)) {
        return null;
      }
      o = m.get(part);
    }
    return o;
  }

  /** The key parameters a reader needs to know, as (label, value) rows. */
  public List<List<String>> keyParameters() {
    String[][] keys = {{"horizonWeeks", "weeks simulated"}, {"seed", "base seed"},
        {"scale", "scale (multiplies populations and capacities)"},
        {"migrants.initial", "migrants at the start (before scale)"},
        {"migrants.arrivalsPerWeek", "arrivals per week"},
        {"municipality.discretion", "officials' acceptance of discretionary cases"},
        {"municipality.reportingDuty", "public offices report to migration authorities"},
        {"municipality.municipalId", "city ID card"},
        {"volunteers.recruitmentPerWeek", "volunteer recruitment per CSO and week"},
        {"volunteers.annualRetention", "volunteers staying a year"},
        {"volunteers.hoursPerWeekMean", "volunteer hours per week"}};
    List<List<String>> rows = new ArrayList<>();
    for (String[] k : keys) {
      Object v = get(k[0]);
      if (v != null) {
        rows.add(List.of(k[1], String.valueOf(v), k[0]));
      }
    }
    return rows;
  }

  /** The CSOs as (name, type, domains, volunteers) rows. */
  public List<List<String>> csos() {
    List<List<String>> rows = new ArrayList<>();
    if (tree.get("csos") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m) {
          rows.add(List.of(text(m.get("name")), text(m.get("type")), text(m.get("domains")),
              text(m.get("volunteers"))));
        }
      }
    }
    return rows;
  }

  private static String text(Object o) {
    return o == null ? "" : String.valueOf(o);
  }
}
