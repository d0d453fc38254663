package org.steward.donations;

/** A rendered receipt: the file name to offer and the PDF bytes. */
public record ReceiptPdf(String fileName, byte[] content) {}
