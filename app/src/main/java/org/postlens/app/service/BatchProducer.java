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
                    out.put(Optional.of(batch.take()));
                }
            }
            if (!batch.isEmpty() && !stop.isCancelled()) {
                out.put(Optional.of(batch.take()));
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
                PostDraft draft = withLanguage(mapped.draft());
                AttachmentLoader.Loaded loaded = attachments.load(draft);
                batch.addProblems(loaded.problems());
                batch.addPost(new ImportBatch.NewPost(draft, loaded.attachments()), loaded.bytes());
            }
        }
        batch.recordDone(item.recordNumber());
    }

    /**
     * The draft with a detected language where the file gave none and the text makes it clear. Detection is the
     * costliest step of reading (~100-300 µs per Latin-script post) and stays on this thread: detecting whole
     * batches on a parallel stream took the same CPU time but twice the wall time on the busy 2-core machine.
     */
    private PostDraft withLanguage(PostDraft draft) {
        if (draft.lang() != null) {
            return draft;
        }
        String detected = languages.detect(draft.text());
        return detected == null ? draft : draft.withDetectedLang(detected);
    }
}
