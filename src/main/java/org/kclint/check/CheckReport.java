package org.kclint.check;

import com.google.common.collect.ImmutableList;
import org.kclint.report.Finding;
import org.kclint.report.Report;

/**
 * A run's outcome.
 *
 * @param accepted the findings after waivers and severity settings, before the baseline: what a new
 *     baseline records
 * @param report what is reported: the accepted findings the baseline does not know
 */
public record CheckReport(ImmutableList<Finding> accepted, Report report) {}
