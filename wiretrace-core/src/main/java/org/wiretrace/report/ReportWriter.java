package org.wiretrace.report;

/** Port: renders a {@link CorpusReport} or a single relation as text. */
public interface ReportWriter {

  /**
   * Renders a whole report.
   *
   * @param report the report
   * @return the rendering
   */
  String write(CorpusReport report);

  /**
   * Renders one relation.
   *
   * @param relation the relation
   * @return the rendering
   */
  String write(Relation relation);
}
