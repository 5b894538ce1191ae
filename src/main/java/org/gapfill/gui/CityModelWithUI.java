package org.gapfill.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.swing.JFrame;
import org.gapfill.model.CityModel;
import org.gapfill.model.Params;
import org.gapfill.model.agent.Municipality;
import org.gapfill.model.policy.PolicyEvent;
import org.gapfill.model.policy.PolicyTimeline;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.portrayal.simple.LabelledPortrayal2D;

/**
 * The teaching GUI of a {@link CityModel}: a display of the referral network and migrants, four
 * live charts with shock buttons, and the policy levers in the console's Model tab. It only reads
 * the model; lever changes and shocks are queued and applied as policy events before the next
 * week's POLICY phase, through {@link PolicyTimeline#applyNow}, so each is logged.
 */
public final class CityModelWithUI extends GUIState {
  /** Width of the display's window, in pixels (the left half of a 1280×800 screen). */
  public static final int DISPLAY_WIDTH = 640;
  /** Side of the square drawing inside it, in pixels. */
  public static final int DRAWING_PIXELS = 600;
  /** Height of the screen the windows are laid out for. */
  public static final int SCREEN_HEIGHT = 800;
  /** Width of the charts and console column at 1280×800, in pixels. */
  public static final int SIDE_WIDTH = 1280 - DISPLAY_WIDTH;
  /** Height of the charts window; the console fills the rest of the column. */
  public static final int CHARTS_HEIGHT = 460;
  /** How far below a provider's centre its name is written, in field units. */
  private static final double LABEL_OFFSET = 2.2;

  /** Draws the providers. */
  public final ContinuousPortrayal2D providerPortrayal = new ContinuousPortrayal2D();
  /** Draws the referral ties between providers. */
  public final NetworkPortrayal2D tiePortrayal = new NetworkPortrayal2D();
  /** Draws the sampled migrants. */
  public final ContinuousPortrayal2D migrantPortrayal = new ContinuousPortrayal2D();
  private final CityView view = new CityView();
  private final Levers levers = new Levers(this);
  private final List<Function<CityModel, PolicyEvent>> queued = new ArrayList<>();
  private final Map<String, Object> pending = new HashMap<>();
  private final List<Runnable> weekListeners = new ArrayList<>();
  private final List<Runnable> quitListeners = new ArrayList<>();
  private Municipality preview;
  private LiveCharts charts;
  private Display2D display;
  private JFrame displayFrame;
  private JFrame chartFrame;

  public CityModelWithUI(CityModel model) {
    super(model);
  }

  public static String getName() {
    return "gapfill: welfare co-production in a city";
  }

  /** The model shown. */
  public CityModel model() {
    return (CityModel) state;
  }

  /**
   * The municipality whose levers the Model tab shows: the model's, or before the first start
   * (the console builds its Model tab first) a fresh one of the scenario's parameters.
   */
  Municipality city() {
    Municipality city = model().municipality();
    if (city != null) {
      return city;
    }
    if (preview == null) {
      preview = new Municipality(model().params().municipality, model().scale());
    }
    return preview;
  }

  /** The fields drawn, as of the last week. */
  public CityView view() {
    return view;
  }

  /** The events of the scenario shown (its timeline as loaded). */
  public List<PolicyEvent> scenarioEvents() {
    return model().params().events;
  }

  /**
   * Shows another scenario: the running simulation stops and the next start builds a model of
   * the new parameters (the console's play button starts it).
   */
  public void open(Params params) {
    if (controller instanceof sim.display.Console console) {
      console.pressStop();
    }
    synchronized (this) {
      queued.clear();
      pending.clear();
    }
    state = new CityModel(params);
    preview = null;
    if (controller != null) {
      controller.refresh();
    }
  }

  /** The levers shown in the Model tab. */
  public Levers levers() {
    return levers;
  }

  @Override
  public Object getSimulationInspectedObject() {
    return levers;
  }

  @Override
  public boolean isInspectorVolatile() {
    return true;
  }

  /** Runs after every week, in the model's thread (the command's timing and tests use it). */
  public void onWeek(Runnable listener) {
    weekListeners.add(listener);
  }

  /** Runs once the GUI has quit (the command waits for it). */
  public void onQuit(Runnable listener) {
    quitListeners.add(listener);
  }

  /**
   * Queues an event to be built and applied before the next week (a null event is a choice that
   * changes nothing and is dropped). {@code lever} names the lever
   * whose {@code shown} value the Model tab displays until then (null for a shock).
   */
  synchronized void queue(String lever, Object shown, Function<CityModel, PolicyEvent> event) {
    queued.add(event);
    if (lever != null) {
      pending.put(lever, shown);
    }
  }

  /** A lever's chosen value not yet applied, or null. */
  synchronized Object pending(String lever) {
    return pending.get(lever);
  }

  /** Applies the queued events now: the week about to run logs and feels them. */
  private void applyQueued() {
    List<Function<CityModel, PolicyEvent>> due;
    synchronized (this) {
      due = new ArrayList<>(queued);
      queued.clear();
      pending.clear();
    }
    for (Function<CityModel, PolicyEvent> f : due) {
      PolicyEvent e = f.apply(model());
      if (e != null) {
        PolicyTimeline.applyNow(model(), e);
      }
    }
  }

  private void afterWeek() {
    if (model().week() >= model().params().horizonWeeks) {
      // The scenario's horizon: the console sees an empty schedule and stops.
      model().kill();
    }
    view.update(model());
    if (charts != null) {
      charts.record(model());
    }
    for (Runnable r : weekListeners) {
      r.run();
    }
  }

  @Override
  public void start() {
    super.start();
    // A fresh model has its starting grants and recruitment; choices made before pressing
    // play stay queued and apply before week 0.
    levers.resetLevels();
    scheduleRepeatingImmediatelyBefore(s -> applyQueued());
    scheduleRepeatingImmediatelyAfter(s -> afterWeek());
    if (charts != null) {
      charts.clear();
    }
    view.update(model());
    setupPortrayals();
  }

  @Override
  public void load(SimState state) {
    super.load(state);
    view.update(model());
    setupPortrayals();
  }

  /** Attaches the fields and portrayals; the display is reset when there is one. */
  void setupPortrayals() {
    providerPortrayal.setField(view.providers);
    providerPortrayal.setPortrayalForAll(new LabelledPortrayal2D(new ProviderPortrayal(),
        LABEL_OFFSET, null, Color.BLACK, false));
    tiePortrayal.setField(new SpatialNetwork2D(view.providers, view.referrals));
    tiePortrayal.setPortrayalForAll(new TiePortrayal());
    migrantPortrayal.setField(view.migrants);
    migrantPortrayal.setPortrayalForAll(new MigrantPortrayal());
    if (display != null) {
      display.reset();
      display.repaint();
    }
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    display = new Display2D(DRAWING_PIXELS, DRAWING_PIXELS, this);
    display.setBackdrop(Palette.BACKGROUND);
    display.attach(migrantPortrayal, "Migrants (sample)");
    display.attach(tiePortrayal, "Referral ties");
    display.attach(providerPortrayal, "Public services and CSOs");
    displayFrame = display.createFrame();
    displayFrame.setTitle("City: referral network and migrants");
    displayFrame.getContentPane().add(Legend.label(), BorderLayout.SOUTH);
    displayFrame.setBounds(0, 0, DISPLAY_WIDTH, SCREEN_HEIGHT);
    c.registerFrame(displayFrame);
    displayFrame.setVisible(true);
    charts = new LiveCharts();
    chartFrame = new JFrame("Charts and shocks");
    chartFrame.getContentPane().add(charts.panel(), BorderLayout.CENTER);
    javax.swing.JPanel controls = new javax.swing.JPanel(new BorderLayout(0, 2));
    controls.add(Shocks.panel(this), BorderLayout.CENTER);
    controls.add(ScenarioEvents.panel(this), BorderLayout.SOUTH);
    chartFrame.getContentPane().add(controls, BorderLayout.SOUTH);
    chartFrame.setBounds(DISPLAY_WIDTH, 0, SIDE_WIDTH, CHARTS_HEIGHT);
    c.registerFrame(chartFrame);
    chartFrame.setVisible(true);
  }

  @Override
  public void quit() {
    super.quit();
    if (displayFrame != null) {
      displayFrame.dispose();
    }
    if (chartFrame != null) {
      chartFrame.dispose();
    }
    displayFrame = null;
    chartFrame = null;
    display = null;
    for (Runnable r : quitListeners) {
      r.run();
    }
  }

  /** The charts, or null before {@link #init} (tests). */
  LiveCharts charts() {
    return charts;
  }
}
