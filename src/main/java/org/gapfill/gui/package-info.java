/**
 * The teaching GUI ({@code gapfill gui}): a MASON {@code GUIState} that reads a running
 * {@link org.gapfill.model.CityModel} and shows it as a live referral network with migrants,
 * time-series charts, policy levers in the console's Model tab and shock buttons. The model
 * never sees this package; lever changes reach it only as policy events applied before the
 * next week.
 */
package org.gapfill.gui;
