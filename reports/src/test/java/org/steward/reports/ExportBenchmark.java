package org.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Report exports at scale (docs/benchmarks.md, "Report exports"); not part of {@code mvn verify}: run with {@code
 * ./mvnw -B -Pbenchmark verify -pl reports}.
 *
 * <p>Each export runs in its own JVM with {@code -Xmx256m}: plain POI SXSSF writing 1,000,000 rows of eight typed
 * columns (the raw ceiling), {@link ReportExcelRenderer} writing the same rows, in the order plain, report, report,
 * plain (so a drift in the machine's load weighs on both); then {@link ReportPdfRenderer} with 100,000 rows (and,
 * with {@code -Dbench.pdf.large.rows=1000000}, a PDF of a million rows under the same heap). Each JVM first exports a few rows to warm up, then times one export
 * to a file while a thread samples the heap in use every 5 ms, and GC notifications record the heap in use after
 * each collection (the live set). Fails when the report's Excel export is slower than 80% of plain POI's speed, or
 * when an export does not finish within 256 MB.
 */
class ExportBenchmark {

    static final int ROWS = Integer.getInteger("bench.rows", 1_000_000);
    static final int PDF_ROWS = Integer.getInteger("bench.pdf.rows", 100_000);
    /** A PDF of this many rows under the same heap, to show it streams; 0 (the default) leaves it out. */
    static final int PDF_LARGE_ROWS = Integer.getInteger("bench.pdf.large.rows", 0);

    static final String HEAP = System.getProperty("bench.heap", "256m");

    record Result(
            String mode,
            int rows,
            long millis,
            long threadCpuMillis,
            long processCpuMillis,
            long peakSampledMb,
            long maxLiveMb,
            long fileBytes) {}

    @Test
    void exports() throws Exception {
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        List<Result> excel = new ArrayList<>();
        for (String mode : List.of("plain-xlsx", "report-xlsx", "report-xlsx", "plain-xlsx")) {
            excel.add(fork(mode, ROWS, dir));
        }
        Result pdf = fork("report-pdf", PDF_ROWS, dir);
        Result pdfLarge = PDF_LARGE_ROWS > 0 ? fork("report-pdf", PDF_LARGE_ROWS, dir) : null;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();

        long plain = excel.get(0).millis() + excel.get(3).millis();
        long report = excel.get(1).millis() + excel.get(2).millis();
        double speed = (double) plain / report;
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "Run %s; %d processors; %s; load average (1, 5, 15 min) before: %s, after: %s%n%n",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                loadBefore.substring(0, loadBefore.lastIndexOf(' ', loadBefore.lastIndexOf(' ') - 1)),
                loadAfter.substring(0, loadAfter.lastIndexOf(' ', loadAfter.lastIndexOf(' ') - 1))));
        md.append("| export | rows | time (s) | rows/s | CPU, exporting thread (s) | CPU, whole JVM (s)"
                + " | peak heap sampled (MB) | max live after GC (MB) | file (MB) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Result> all = new ArrayList<>(excel);
        all.add(pdf);
        if (pdfLarge != null) {
            all.add(pdfLarge);
        }
        for (Result r : all) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %,d | %.1f | %,d | %.1f | %.1f | %d | %d | %.1f |%n",
                    r.mode(),
                    r.rows(),
                    r.millis() / 1000.0,
                    r.rows() * 1000L / Math.max(1, r.millis()),
                    r.threadCpuMillis() / 1000.0,
                    r.processCpuMillis() / 1000.0,
                    r.peakSampledMb(),
                    r.maxLiveMb(),
                    r.fileBytes() / 1e6));
        }
        md.append(String.format(
                Locale.ROOT,
                "%nReportExcelRenderer speed / plain POI speed: %.2f by elapsed time (plain %.1f s + %.1f s, report"
                        + " %.1f s + %.1f s; pairs: %.2f and %.2f), %.2f by CPU time of the exporting thread."
                        + " Heap limit of every export: -Xmx%s.%n",
                speed,
                excel.get(0).millis() / 1000.0,
                excel.get(3).millis() / 1000.0,
                excel.get(1).millis() / 1000.0,
                excel.get(2).millis() / 1000.0,
                (double) excel.get(0).millis() / excel.get(1).millis(),
                (double) excel.get(3).millis() / excel.get(2).millis(),
                (double) (excel.get(0).threadCpuMillis() + excel.get(3).threadCpuMillis())
                        / (excel.get(1).threadCpuMillis() + excel.get(2).threadCpuMillis()),
                HEAP));
        System.out.println(md);
        Files.writeString(dir.resolve("report-exports.md"), md);
        assertThat(speed).as("report Excel speed relative to plain POI").isGreaterThanOrEqualTo(0.8);
    }

    /** Runs one export in a new JVM with the heap limit; fails if it does not finish. */
    private static Result fork(String mode, int rows, Path dir) throws IOException, InterruptedException {
        Path file = dir.resolve(mode + "-" + rows + (mode.endsWith("pdf") ? ".pdf" : ".xlsx"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP,
                "-Duser.timezone=UTC",
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                ExportBenchmark.class.getName(),
                mode,
                Integer.toString(rows),
                file.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else {
                    System.out.println("  [" + mode + "] " + line);
                }
            }
        }
        int exit = process.waitFor();
        assertThat(exit).as(mode + " with " + rows + " rows in -Xmx" + HEAP).isZero();
        assertThat(result).as(mode + " result").isNotNull();
        String[] f = result.split(" ");
        Files.deleteIfExists(file);
        Result r = new Result(
                mode,
                rows,
                Long.parseLong(f[1]),
                Long.parseLong(f[2]),
                Long.parseLong(f[3]),
                Long.parseLong(f[4]),
                Long.parseLong(f[5]),
                Long.parseLong(f[6]));
        System.out.println("  " + r);
        return r;
    }

    /**
     * The forked export: {@code mode rows file}; prints "RESULT millis threadCpuMillis processCpuMillis peakSampledMb
     * maxLiveMb bytes" (CPU time of the exporting thread, and of the whole JVM with GC and JIT, during the export).
     */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rows = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        export(mode, Math.min(rows, mode.endsWith("pdf") ? 5_000 : 50_000), OutputStream.nullOutputStream());
        System.gc();

        AtomicLong maxLive = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    var info = GarbageCollectionNotificationInfo.from(
                                            (CompositeData) notification.getUserData());
                                    long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                                            .mapToLong(MemoryUsage::getUsed)
                                            .sum();
                                    maxLive.accumulateAndGet(used, Math::max);
                                }
                            },
                            null,
                            null);
        }
        AtomicLong peak = new AtomicLong();
        var memory = ManagementFactory.getMemoryMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();

        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = System.nanoTime();
        long threadCpu = threads.getCurrentThreadCpuTime();
        long processCpu = os.getProcessCpuTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            export(mode, rows, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        threadCpu = (threads.getCurrentThreadCpuTime() - threadCpu) / 1_000_000;
        processCpu = (os.getProcessCpuTime() - processCpu) / 1_000_000;
        sampler.interrupt();
        sampler.join();
        System.out.printf(
                "RESULT %d %d %d %d %d %d%n",
                millis, threadCpu, processCpu, peak.get() >> 20, maxLive.get() >> 20, Files.size(file));
    }

    private static void export(String mode, int rows, OutputStream out) throws IOException {
        switch (mode) {
            case "plain-xlsx" -> plainPoi(rows, out);
            case "report-xlsx" -> new ReportExcelRenderer().render(report(rows), out);
            case "report-pdf" -> new ReportPdfRenderer().render(report(rows), out);
            default -> throw new IllegalArgumentException(mode);
        }
    }

    static final List<Column> COLUMNS = List.of(
            Column.text("Donor"),
            Column.text("City"),
            Column.integer("Gifts"),
            Column.money("Total"),
            Column.money("Largest gift"),
            Column.date("First gift"),
            Column.date("Last gift"),
            Column.percent("Share"));

    /** 1,000 distinct rows (accented names, amounts, dates), cycled: making rows costs next to nothing. */
    static final List<List<Object>> POOL = pool();

    private static List<List<Object>> pool() {
        String[] first = {"Zoë", "José", "Ana", "Łukasz", "Mary", "Søren", "Aoife", "Nguyễn", "Olu", "Grace"};
        String[] last = {"Müller", "Ødegaard", "O'Brien", "van der Berg", "Smith", "Núñez", "Kowalski", "Tremblay"};
        String[] cities = {"Springfield", "Montréal", "Kraków", "São Paulo", "Zürich", "Toronto", "Dublin"};
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            BigDecimal total = BigDecimal.valueOf(500 + i * 37L % 250_000, 2);
            rows.add(Arrays.asList(
                    first[i % first.length] + " " + last[(i / 3) % last.length] + " " + i,
                    cities[i % cities.length],
                    1 + i % 12,
                    total,
                    total.divide(BigDecimal.valueOf(2)),
                    LocalDate.of(2015, 1, 1).plusDays(i % 3000),
                    LocalDate.of(2024, 1, 1).plusDays(i % 500),
                    BigDecimal.valueOf(i % 1000, 3)));
        }
        return List.copyOf(rows);
    }

    static Iterable<List<Object>> rows(int count) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public List<Object> next() {
                return POOL.get(i++ % POOL.size());
            }
        };
    }

    static ReportDocument report(int rows) {
        ZonedDateTime generated = ZonedDateTime.of(2025, 7, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        return new ReportDocument(
                "Top donors",
                "Every donor with counted gifts",
                List.of("Donors by their counted gifts (completed, net of refunds, in the base currency) in the year."),
                List.of(
                        new ReportDocument.Parameter("As of", "30 June 2025"),
                        new ReportDocument.Parameter("Credit", "Hard credit")),
                COLUMNS,
                rows(rows),
                Arrays.asList(null, null, 6_500_000, new BigDecimal("1234567890.12"), null, null, null, BigDecimal.ONE),
                List.of(new ReportDocument.SummaryLine("Donors", String.format(Locale.ROOT, "%,d", rows))),
                new Chart(
                        "Donors by year",
                        Chart.Type.COLUMN,
                        List.of("2021", "2022", "2023", "2024", "2025"),
                        List.of(new Chart.Series(
                                "Donors",
                                List.of(
                                        BigDecimal.valueOf(900),
                                        BigDecimal.valueOf(950),
                                        BigDecimal.valueOf(1010),
                                        BigDecimal.valueOf(990),
                                        BigDecimal.valueOf(1040)))),
                        Column.Kind.INTEGER),
                "USD",
                generated.toInstant(),
                ZoneId.of("UTC"));
    }

    /**
     * The raw ceiling: what a hand-written export does with POI's streaming writer, knowing its columns: a header,
     * then each value set straight into a cell with its number or date format. No report block, no chart, no checks.
     */
    static void plainPoi(int count, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ReportExcelRenderer.WINDOW);
        try {
            Sheet sheet = workbook.createSheet("Plain");
            DataFormat format = workbook.createDataFormat();
            CellStyle integer = style(workbook, format, "#,##0");
            CellStyle money = style(workbook, format, "\"$\"#,##0.00");
            CellStyle date = style(workbook, format, "yyyy-mm-dd");
            CellStyle percent = style(workbook, format, "0.0%");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).heading());
            }
            int r = 1;
            for (List<Object> values : rows(count)) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue((String) values.get(0));
                row.createCell(1).setCellValue((String) values.get(1));
                set(row.createCell(2), ((Number) values.get(2)).doubleValue(), integer);
                set(row.createCell(3), ((BigDecimal) values.get(3)).doubleValue(), money);
                set(row.createCell(4), ((BigDecimal) values.get(4)).doubleValue(), money);
                Cell first = row.createCell(5);
                first.setCellValue((LocalDate) values.get(5));
                first.setCellStyle(date);
                Cell last = row.createCell(6);
                last.setCellValue((LocalDate) values.get(6));
                last.setCellStyle(date);
                set(row.createCell(7), ((BigDecimal) values.get(7)).doubleValue(), percent);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void set(Cell cell, double value, CellStyle style) {
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static CellStyle style(SXSSFWorkbook workbook, DataFormat format, String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format.getFormat(pattern));
        return style;
    }
}
