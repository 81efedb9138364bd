package org.postlens.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postlens.app.cli.bench.TextScreenshots;
import org.postlens.app.media.ocr.OcrLanguages;
import org.postlens.app.media.ocr.OcrUnavailableException;
import org.postlens.app.media.ocr.TesseractEngine;
import org.postlens.app.media.ocr.TesseractReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code postlens bench ocr}: what reading images costs per language set and per thread count. */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = {"Draw N synthetic screenshots (English, Arabic and Hindi in turn) and read them with Tesseract:",
                "with each image's own language plus English (what 'postlens ocr' does by default), with eng+ara+hin",
                "for every image, and with one and two threads. The last line is one JSON object with the figures."})
public final class BenchOcrCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--images", paramLabel = "N", defaultValue = "30",
            description = "Number of images (default: ${DEFAULT-VALUE}).")
    int images;

    @Override
    public Integer call() throws Exception {
        if (images < 1) {
            throw new UserError("--images must be at least 1, not " + images);
        }
        TesseractEngine engine;
        try {
            engine = TesseractEngine.open(OcrLanguages.ALL);
        } catch (OcrUnavailableException e) {
            throw new UserError(e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<byte[]> pngs = new ArrayList<>(images);
        for (int i = 0; i < images; i++) {
            pngs.add(TextScreenshots.png(i));
        }
        List<OcrLanguages> own = List.of(OcrLanguages.parse("eng"), OcrLanguages.parse("eng+ara"), OcrLanguages.parse("eng+hin"));
        ObjectNode json = new ObjectMapper().createObjectNode();
        json.put("engine", "tesseract " + engine.version());
        json.put("images", images);
        json.put("cores", Runtime.getRuntime().availableProcessors());
        double ownLanguage = rate(engine, pngs, i -> own.get(i % own.size()), 1);
        out.printf("Own language + English, 1 thread: %.2f images/s%n", ownLanguage);
        double all = rate(engine, pngs, i -> OcrLanguages.ALL, 1);
        out.printf("eng+ara+hin for every image, 1 thread: %.2f images/s%n", all);
        double ownTwo = rate(engine, pngs, i -> own.get(i % own.size()), 2);
        out.printf("Own language + English, 2 threads: %.2f images/s%n", ownTwo);
        json.put("own_language_images_per_s", round(ownLanguage));
        json.put("all_three_images_per_s", round(all));
        json.put("own_language_2_threads_images_per_s", round(ownTwo));
        out.println(json);
        out.flush();
        return ExitCodes.OK;
    }

    private interface LanguagePick {
        OcrLanguages forImage(int index);
    }

    /** Images per second, readers opened before the clock starts (loading a language takes a moment once). */
    private static double rate(TesseractEngine engine, List<byte[]> pngs, LanguagePick pick, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger next = new AtomicInteger();
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    java.util.Map<OcrLanguages, TesseractReader> readers = new java.util.HashMap<>();
                    try {
                        for (int i = 0; i < Math.min(3, pngs.size()); i++) {
                            readers.computeIfAbsent(pick.forImage(i), engine::newReader);
                        }
                        long start = System.nanoTime();
                        int index;
                        while ((index = next.getAndIncrement()) < pngs.size()) {
                            readers.computeIfAbsent(pick.forImage(index), engine::newReader).read(pngs.get(index));
                        }
                        return System.nanoTime() - start;
                    } finally {
                        readers.values().forEach(TesseractReader::close);
                    }
                }));
            }
            long longest = 0;
            for (Future<Long> worker : workers) {
                longest = Math.max(longest, worker.get());
            }
            return pngs.size() / (longest / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
