package org.steward.reporting;

import java.util.List;

/** What a scheduled run produces and mails: a spreadsheet, a PDF, or both. */
public enum ScheduleFormat {
    XLSX(List.of(ReportFormat.XLSX)),
    PDF(List.of(ReportFormat.PDF)),
    BOTH(List.of(ReportFormat.XLSX, ReportFormat.PDF));

    private final List<ReportFormat> formats;

    ScheduleFormat(List<ReportFormat> formats) {
        this.formats = formats;
    }

    public List<ReportFormat> formats() {
        return formats;
    }
}
