package org.gapfill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gapfill.cli.Gapfill;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report of a small run opened in Debian's headless Chromium: the page has its headings and
 * inline charts, no broken or external images, a screenshot that is not blank, and scenario
 * strings with {@code <script>} and quotes shown as text. Chromium must be installed (CI does it);
 * only {@code GAPFILL_NO_BROWSER=1} lets this test skip.
 */
class ReportBrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String EVIL = "<script>alert(1)</script> \"double\" 'single' & <b>bold</b>";

  @TempDir
  static Path dir;

  private static Path report;
  private static String html;

  @BeforeAll
  static void runAndReport() throws IOException {
    if (!Files.isExecutable(CHROMIUM)) {
      if ("1".equals(System.getenv("GAPFILL_NO_BROWSER"))) {
        Assumptions.abort("GAPFILL_NO_BROWSER=1 and no " + CHROMIUM);
      }
      fail(CHROMIUM + " is missing: install Debian's chromium (apt-get install chromium) or set "
          + "GAPFILL_NO_BROWSER=1 to skip this test");
    }
    Path scenario = dir.resolve("evil.yaml");
    String quoted = "'" + EVIL.replace("'", "''") + "'";
    Files.writeString(scenario, """
        name: %s
        description: %s
        horizonWeeks: 60
        scale: 0.05
        migrants: {initial: 15000}
        csos:
          - {name: %s, type: civic, domains: [health]}
          - {name: Welfare, type: institutional, domains: [subsistence, housing]}
          - {name: Counselling, type: autonomous, domains: [legal]}
        events:
          - {at: 30, type: fundingCut, target: civic, fraction: 0.5}
          - {at: 40, type: setDiscretion, value: 0.2}
        """.formatted(quoted, quoted, "'Clinic <i>\"x\"</i>'"), StandardCharsets.UTF_8);
    Path out = dir.resolve("run");
    StringWriter err = new StringWriter();
    CommandLine cl = Gapfill.commandLine();
    cl.setOut(new PrintWriter(new StringWriter()));
    cl.setErr(new PrintWriter(err));
    assertEquals(0, cl.execute("run", scenario.toString(), "--reps", "2", "--out", out.toString()),
        err.toString());
    report = out.resolve("report.html");
    html = Files.readString(report, StandardCharsets.UTF_8);
  }

  private static List<String> chromium(Path profile, String... extra) {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(report.toUri().toString());
    return cmd;
  }

  private static String run(List<String> cmd) throws Exception {
    Path log = Files.createTempFile(dir, "chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(log.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 120 s: " + cmd);
    }
    assertEquals(0, p.exitValue(), "chromium exit code");
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  @Test
  void domHasTheHeadingsChartsAndNoScriptOrBrokenImage() throws Exception {
    String dom = run(chromium(Files.createTempDirectory(dir, "profile"), "--dump-dom"));
    for (String h : List.of("What was run", "Findings", "Charts", "Referral network",
        "Headline numbers", "Reproducibility")) {
      assertTrue(dom.contains("<h2>" + h + "</h2>"), "heading " + h);
    }
    int svgs = count(dom, "<svg");
    assertTrue(svgs >= MetricInfo.CHARTED + 3 + 1, "inline charts and network pictures: " + svgs);
    assertTrue(dom.contains("id=\"fig-metric-unmetNeed\""), "the unmet need chart");
    assertTrue(dom.contains("id=\"fig-need-met\""), "who meets need");
    assertTrue(dom.contains("id=\"fig-network-week-0000\""), "a network picture");
    Matcher img = Pattern.compile("<img[^>]*>", Pattern.CASE_INSENSITIVE).matcher(dom);
    while (img.find()) {
      assertTrue(img.group().matches("(?is).*\\ssrc=\"data:.*"), "image not inline: " + img.group());
    }
    assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "no script element in the DOM");
    assertFalse(dom.toLowerCase(Locale.ROOT).contains("<b>bold"), "no markup from the scenario");
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt; \"double\" 'single' &amp; "
        + "&lt;b&gt;bold&lt;/b&gt;"), "the name and description are shown as text");
    assertTrue(dom.contains("Clinic &lt;i&gt;\"x\"&lt;/i&gt;"), "CSO names as text");
  }

  @Test
  void theFileIsSelfContained() {
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "no script");
    assertFalse(lower.contains("<link"), "no stylesheet link");
    assertFalse(lower.contains("<iframe") || lower.contains("<object") || lower.contains("<embed"));
    String noNamespaces = html.replaceAll("xmlns(:\\w+)?='[^']*'", "").replaceAll("xmlns(:\\w+)?=\"[^\"]*\"", "");
    assertFalse(noNamespaces.matches("(?s).*(https?:|ftp:|file:|//[a-z]).*"),
        "no URL other than XML namespace names");
    Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
    while (url.find()) {
      assertTrue(url.group(1).startsWith("#"), "only references inside the page: " + url.group());
    }
    assertFalse(html.contains(EVIL), "the raw name never appears unescaped");
  }

  @Test
  void screenshotIsNotBlank() throws Exception {
    Path png = dir.resolve("shot.png");
    run(chromium(Files.createTempDirectory(dir, "profile"), "--screenshot=" + png, "--window-size=1280,2000",
        "--hide-scrollbars"));
    assertTrue(Files.size(png) > 0, "screenshot written");
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, "screenshot is a PNG");
    assertEquals(1280, img.getWidth());
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 20, "the page is drawn, not blank: " + colours.size() + " colours");
  }

  private static int count(String s, String needle) {
    int n = 0;
    for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
