package org.postlens.app.service;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import org.postlens.app.domain.PostDraft;
import org.postlens.app.ingest.MappedRecord;
import org.postlens.app.ingest.ReadItem;
import org.postlens.app.ingest.RecordMapper;
import org.postlens.app.ingest.RecordReader;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.language.PostLanguageDetector;
import org.postlens.app.store.ImportBatch;

/**
 * Reads, maps, detects missing languages and attaches images on its own thread, handing finished batches to the
 * thread that stores them: on two cores, parsing the next batch overlaps with writing this one. An empty Optional
 * ends the stream.
 */
final class BatchProducer implements Runnable {

    private final RecordReader reader;
    private final RecordMapper mapper;
    private final AttachmentLoader attachments;
    private final PostLanguageDetector languages;
    private final BatchBuilder batch;
    private final long resumeAfter;
    private final BlockingQueue<Optional<ImportBatch>> out;
    private final CancellationToken stop;
    private volatile Throwable failure;

    BatchProducer(RecordReader reader, RecordMapper mapper, AttachmentLoader attachments, PostLanguageDetector languages,
                  BatchBuilder batch, long resumeAfter, BlockingQueue<Optional<ImportBatch>> out, CancellationToken stop) {
        this.reader = reader;
        this.mapper = mapper;
        this.attachments = attachments;
        this.languages = languages;
        this.batch = batch;
        this.resumeAfter = resumeAfter;
        this.out = out;
        this.stop = stop;
    }

    @Override
    public void run() {
        try {
            while (reader.hasNext() && !stop.isCancelled()) {
                ReadItem item = reader.next();
                if (item.recordNumber() > 0 && item.recordNumber() <= resumeAfter) {
                    continue; // committed by an earlier, interrupted run of this import
                }
                add(item);
                if (batch.isFull()) {
                    out.put(Optional.of(withLanguages(batch.take())));
                }
            }
            if (!batch.isEmpty() && !stop.isCancelled()) {
                out.put(Optional.of(withLanguages(batch.take())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        } finally {
            endStream();
        }
    }

    /**
     * Marks the end for the storing thread. Once told to stop, that thread no longer takes batches and may
     * have emptied the queue for the last time, so the mark is only offered: waiting for room could wait forever.
     */
    private void endStream() {
        try {
            if (stop.isCancelled()) {
                out.offer(Optional.empty());
            } else {
                out.put(Optional.empty());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What stopped the producer early, if anything did. */
    Throwable failure() {
        return failure;
    }

    private void add(ReadItem item) {
        if (item instanceof ReadItem.Bad bad) {
            batch.addProblems(List.of(bad.problem()));
        } else if (item instanceof ReadItem.Ok ok) {
            MappedRecord mapped = mapper.map(ok.record());
            batch.addProblems(mapped.problems());
            if (mapped.draft() != null) {
                AttachmentLoader.Loaded loaded = attachments.load(mapped.draft());
                batch.addProblems(loaded.problems());
                batch.addPost(new ImportBatch.NewPost(mapped.draft(), loaded.attachments()), loaded.bytes());
            }
        }
        batch.recordDone(item.recordNumber());
    }

    /**
     * The batch with a detected language for each post whose file gave none and whose text makes it clear.
     * Detection is the costliest step of reading (~100-300 µs per Latin-script post): the whole batch is detected
     * at once, in parallel on the cores the storing thread leaves (one on two cores, more on most laptops).
     */
    private ImportBatch withLanguages(ImportBatch batch) {
        if (batch.posts().stream().allMatch(post -> post.draft().lang() != null)) {
            return batch;
        }
        List<ImportBatch.NewPost> posts = batch.posts().parallelStream().map(this::withLanguage).toList();
        return new ImportBatch(batch.importSourceId(), posts, batch.problems(), batch.recordsDone());
    }

    private ImportBatch.NewPost withLanguage(ImportBatch.NewPost post) {
        PostDraft draft = post.draft();
        if (draft.lang() != null) {
            return post;
        }
        String detected = languages.detect(draft.text());
        return detected == null ? post
                : new ImportBatch.NewPost(draft.withDetectedLang(detected), post.attachments(), post.searchBody());
    }
}
