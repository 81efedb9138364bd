package org.postlens.app.media.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.postlens.app.domain.ImageText;
import org.postlens.app.domain.NewRun;
import org.postlens.app.domain.PendingImage;
import org.postlens.app.domain.Run;
import org.postlens.app.domain.RunStatus;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.JobCancelledException;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.jobs.ProgressMeter;
import org.postlens.app.store.Project;

/**
 * Reads the text in every image of a project that has not been read yet, batch by batch, each batch stored
 * with its run in one transaction together with the search rows of the posts showing those images. A cancel
 * or crash loses at most the batch in flight; running again reads only what is still missing.
 *
 * <p>Languages: a fixed set the user chose, or (by default) per image from the languages of its posts, see
 * {@link OcrLanguages#forPostLanguages}; then an image whose posts' language has no data installed waits for a
 * later run, and one of unknown language is read with those of English, Arabic and Hindi that are installed.
 * Each worker thread keeps its own Tesseract readers.
 */
public final class OcrJob {

    public static final String RUN_KIND = "ocr";
    public static final int DEFAULT_BATCH_SIZE = 16;

    private final Project project;
    private final TesseractEngine engine;
    private final OcrLanguages fixedLanguages;
    private final int threads;
    private final int batchSize;

    /** @param fixedLanguages the languages for every image, or null to pick them from each image's posts */
    public OcrJob(Project project, TesseractEngine engine, OcrLanguages fixedLanguages, int threads, int batchSize) {
        if (threads <= 0 || batchSize <= 0) {
            throw new IllegalArgumentException("threads and batch size must be positive: " + threads + ", " + batchSize);
        }
        this.project = project;
        this.engine = engine;
        this.fixedLanguages = fixedLanguages;
        this.threads = threads;
        this.batchSize = batchSize;
    }

    public OcrReport run(ProgressListener listener, CancellationToken cancel) {
        String languagesKey = fixedLanguages == null ? null : fixedLanguages.tesseractArgument();
        String languagesShown = fixedLanguages == null ? "from each post's language" : languagesKey;
        long alreadyRead = project.imageTexts().countReadAndProblems()[0];
        long missing = project.imageTexts().countPending(languagesKey);
        long postsIndexed = project.imageTexts().indexNewPostsOfReadImages();
        if (missing == 0) {
            return new OcrReport(null, 0, 0, 0, alreadyRead, postsIndexed, languagesShown, 0, List.of());
        }
        Run run = project.runs().start(new NewRun(RUN_KIND, "tesseract", engine.version(), "Tesseract (Tess4J)",
                "cpu", parameters(languagesShown)));
        ProgressMeter meter = new ProgressMeter("Reading text in images", missing, listener);
        ConcurrentLinkedQueue<TesseractReader> opened = new ConcurrentLinkedQueue<>();
        ThreadLocal<Map<OcrLanguages, TesseractReader>> readers = ThreadLocal.withInitial(HashMap::new);
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "ocr-worker");
            thread.setDaemon(true);
            return thread;
        });
        Set<String> absent = ConcurrentHashMap.newKeySet();
        long read = 0;
        long withText = 0;
        long problems = 0;
        long waiting = 0;
        try {
            String after = "";
            List<PendingImage> page;
            while (!(page = project.imageTexts().pending(languagesKey, after, batchSize)).isEmpty()) {
                cancel.throwIfCancelled();
                List<Future<ImageText>> futures = new ArrayList<>(page.size());
                for (PendingImage image : page) {
                    futures.add(workers.submit(() -> {
                        cancel.throwIfCancelled();
                        OcrLanguages languages = fixedLanguages != null ? fixedLanguages
                                : OcrLanguages.forPostLanguages(image.postLanguages());
                        List<String> notInstalled = fixedLanguages != null ? List.of() : engine.missing(languages);
                        if (!notInstalled.isEmpty()) {
                            if (!languages.isGuess()) {
                                absent.addAll(notInstalled);
                                return null; // its posts' language cannot be read here yet: left for a later run
                            }
                            languages = languages.without(notInstalled);
                        }
                        OcrLanguages readWith = languages;
                        TesseractReader reader = readers.get().computeIfAbsent(readWith, key -> {
                            TesseractReader opening = engine.newReader(key);
                            opened.add(opening);
                            return opening;
                        });
                        OcrResult result = reader.read(image.bytes());
                        return new ImageText(image.sha256(), readWith.tesseractArgument(), result.text(),
                                result.confidence(), result.problem(), run.id());
                    }));
                }
                List<ImageText> texts = new ArrayList<>(page.size());
                for (Future<ImageText> future : futures) {
                    ImageText text = await(future);
                    if (text == null) {
                        waiting++;
                    } else {
                        texts.add(text);
                    }
                }
                project.imageTexts().write(texts);
                for (ImageText text : texts) {
                    read++;
                    problems += text.isProblem() ? 1 : 0;
                    withText += !text.isProblem() && !text.text().isEmpty() ? 1 : 0;
                }
                after = page.get(page.size() - 1).sha256();
                meter.update(read + waiting);
            }
            meter.finish(read + waiting);
            postsIndexed += project.imageTexts().indexNewPostsOfReadImages();
            project.runs().finish(run.id(), RunStatus.COMPLETE);
        } catch (JobCancelledException e) {
            project.runs().finish(run.id(), RunStatus.CANCELLED);
            throw e;
        } catch (RuntimeException | Error e) {
            project.runs().finish(run.id(), RunStatus.FAILED);
            throw e;
        } finally {
            shutDown(workers);
            opened.forEach(TesseractReader::close);
        }
        return new OcrReport(project.runs().find(run.id()).orElseThrow(), read, withText, problems, alreadyRead,
                postsIndexed, languagesShown, waiting, absent.stream().sorted().toList());
    }

    private static ImageText await(Future<ImageText> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Readers are closed only once no worker can be using one. */
    private static void shutDown(ExecutorService workers) {
        workers.shutdownNow();
        try {
            while (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                // a worker is inside Tesseract on one image; it returns within seconds
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String parameters(String languages) {
        ObjectNode parameters = new ObjectMapper().createObjectNode();
        parameters.put("input", "images");
        parameters.put("languages", languages);
        parameters.put("threads", threads);
        parameters.put("batch_size", batchSize);
        parameters.put("tessdata", engine.tessdata().toString());
        return parameters.toString();
    }
}
