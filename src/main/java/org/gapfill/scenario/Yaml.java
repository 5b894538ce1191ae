package org.gapfill.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict YAML read into a tree whose every node knows its file, line and column, so each
 * error can point at its place. Only plain data is accepted: maps, lists and scalars; tags,
 * aliases and duplicate keys are errors (nothing in a file can construct a class).
 */
final class Yaml {
  private Yaml() {
  }

  /** A node of the tree. */
  sealed interface Node permits MapNode, ListNode, ScalarNode {
    String file();

    int line();

    int column();

    /** What the node is, for messages ("a map", "a list", "a value"). */
    String kind();
  }

  /** A mapping; entries keep file order; each key remembers its own place. */
  record MapNode(String file, int line, int column, Map<String, Entry> entries) implements Node {
    public String kind() {
      return "a map";
    }
  }

  /** A key of a map with its place and value. */
  record Entry(String key, ScalarNode keyNode, Node value) {
  }

  record ListNode(String file, int line, int column, List<Node> items) implements Node {
    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code text} is null for YAML null ({@code ~} or nothing). */
  record ScalarNode(String file, int line, int column, String text, JsonToken token)
      implements Node {
    public String kind() {
      return "a value";
    }

    boolean isNull() {
      return text == null;
    }
  }

  private static final YAMLFactory FACTORY = new YAMLFactory();

  /** Parses a document; syntax problems go to {@code problems} and give null. */
  static Node parse(String text, String file, Problems problems) {
    try (YAMLParser p = FACTORY.createParser(text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return new MapNode(file, 1, 1, new LinkedHashMap<>());
      }
      return read(p, file, problems);
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      String message = firstLine(e.getOriginalMessage());
      problems.add(file, loc == null ? 1 : Math.max(1, loc.getLineNr()),
          loc == null ? 1 : Math.max(1, loc.getColumnNr()), "", "YAML syntax error: " + message);
      return null;
    } catch (IOException e) {
      problems.add(file, 1, 1, "", "cannot read: " + e.getMessage());
      return null;
    }
  }

  private static Node read(YAMLParser p, String file, Problems problems) throws IOException {
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int column = loc.getColumnNr();
    if (p.getTypeId() != null) {
      problems.add(file, line, column, "", "YAML tags such as '!" + p.getTypeId()
          + "' are not allowed (scenarios are plain data)");
    }
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> entries = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation k = p.currentTokenLocation();
        String key = p.getCurrentName();
        ScalarNode keyNode = new ScalarNode(file, k.getLineNr(), k.getColumnNr(), key,
            JsonToken.FIELD_NAME);
        p.nextToken();
        Node value = read(p, file, problems);
        if (entries.containsKey(key)) {
          problems.add(keyNode, key, "duplicate key (first given on line "
              + entries.get(key).keyNode().line() + ")");
        } else {
          entries.put(key, new Entry(key, keyNode, value));
        }
      }
      return new MapNode(file, line, column, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> items = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        items.add(read(p, file, problems));
      }
      return new ListNode(file, line, column, items);
    }
    if (p.isCurrentAlias()) {
      problems.add(file, line, column, "", "YAML aliases ('*" + p.getText()
          + "') are not supported; write the value out");
    }
    String text = t == JsonToken.VALUE_NULL ? null : p.getText();
    return new ScalarNode(file, line, column, text, t);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).trim();
  }
}
