package org.gapfill.scenario;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Params;
import org.gapfill.model.policy.PolicyEvent;
import org.junit.jupiter.api.Test;

/**
 * Property: any mutation of a valid scenario is either accepted (and then runs) or rejected
 * with located errors; the loader never throws anything else.
 */
class ScenarioFuzzTest {
  private static final int MUTANTS = 400;
  private static final String[] TOKENS = {":", "-", "[", "]", "{", "}", ",", "\"", "'", "#", "!",
      "&a", "*a", "\n", "  ", "0", "-1", "1e9", "NaN", "~", "null", "true", "x", "é"};

  private static String validText() {
    Params p = DefaultCity.params();
    p.scale = 0.02;
    p.horizonWeeks = 8;
    p.events.add(new PolicyEvent.SetDiscretion(3, 0.2));
    p.events.add(new PolicyEvent.FundingCut(4, "civic", 0.5));
    return ScenarioWriter.write(p, null);
  }

  @Test
  void mutantsAreAcceptedOrRejectedWithLocatedErrorsNeverCrash() {
    String valid = validText();
    Random random = new Random(20261123);
    int accepted = 0;
    int rejected = 0;
    for (int k = 0; k < MUTANTS; k++) {
      String mutant = mutate(valid, random, 1 + random.nextInt(3));
      try {
        Params p = ScenarioLoader.loadText(mutant, "mutant.yaml", Path.of("."), List.of());
        accepted++;
        p.horizonWeeks = Math.min(p.horizonWeeks, 3);
        p.events.removeIf(e -> e.at() >= 3);
        p.migrants.initial = Math.min(p.migrants.initial, 2000);
        p.scale = Math.min(p.scale, 1);
        new CityModel(p, 1).runToEnd();
      } catch (ScenarioException e) {
        rejected++;
        assertFalse(e.errors().isEmpty());
        for (ScenarioError err : e.errors()) {
          assertTrue(err.line() >= 1 && err.column() >= 1, err.toString());
          assertFalse(err.message().isBlank(), err.toString());
        }
      } catch (RuntimeException | StackOverflowError e) {
        fail("mutant " + k + " crashed the loader or the model with " + e + ":\n" + mutant, e);
      }
    }
    assertTrue(accepted > 20, "some mutants are still valid: " + accepted);
    assertTrue(rejected > 100, "most mutants are caught: " + rejected);
  }

  private static String mutate(String text, Random random, int times) {
    String s = text;
    for (int t = 0; t < times; t++) {
      int at = random.nextInt(s.length());
      switch (random.nextInt(5)) {
        case 0 -> s = s.substring(0, at) + s.substring(Math.min(s.length(), at + 1 + random.nextInt(4)));
        case 1 -> s = s.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(at);
        case 2 -> s = replaceNumber(s, at, random);
        case 3 -> s = duplicateLine(s, at);
        default -> s = swapLines(s, random);
      }
    }
    return s;
  }

  private static String replaceNumber(String s, int from, Random random) {
    for (int i = from; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        int end = i;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
          end++;
        }
        String[] values = {"0", "-3", "0.5", "2", "99999999", "1.0E-300", "7.25"};
        return s.substring(0, i) + values[random.nextInt(values.length)] + s.substring(end);
      }
    }
    return s;
  }

  private static String duplicateLine(String s, int at) {
    int start = s.lastIndexOf('\n', at) + 1;
    int end = s.indexOf('\n', at);
    if (end < 0) {
      return s;
    }
    String line = s.substring(start, end + 1);
    return s.substring(0, end + 1) + line + s.substring(end + 1);
  }

  private static String swapLines(String s, Random random) {
    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
    int a = random.nextInt(lines.size());
    int b = random.nextInt(lines.size());
    String t = lines.get(a);
    lines.set(a, lines.get(b));
    lines.set(b, t);
    return String.join("\n", lines);
  }
}
