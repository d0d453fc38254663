package org.steward.reporting;

/** A file of a run, to download: its name, media type and bytes. */
public record ReportRunFile(String fileName, String mediaType, byte[] content) {}
