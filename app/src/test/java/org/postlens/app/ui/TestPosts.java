package org.postlens.app.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postlens.app.ingest.MappingPresets;
import org.postlens.app.jobs.CancellationToken;
import org.postlens.app.jobs.ProgressListener;
import org.postlens.app.service.ImportRequest;
import org.postlens.app.service.ImportService;
import org.postlens.app.store.Project;
import org.postlens.app.ui.importer.IngestImportBackend;

/** Small CSV files of posts in English, Arabic and Hindi for UI tests, imported through the real service. */
public final class TestPosts {

    public static final String HEADER = "id,created_at,author,text,likes,shares,replies,views,lang";

    private TestPosts() {
    }

    /** Six hand-written posts; the Arabic ones carry diacritics (tashkeel) that search must ignore. */
    public static List<String> sampleRows() {
        return List.of(
                "1,2026-03-14T09:12:00Z,reporter_one,\"Flood waters reach the old bridge in Maralta\",120,30,4,5000,en",
                "2,2026-03-14T10:00:00Z,ahmad,\"الفَيَضَانُ يَصِلُ إلى الجِسْرِ القَدِيمِ\",80,12,3,2100,ar",
                "3,2026-03-15T08:30:00Z,priya,\"माराल्टा में बाढ़ का पानी पुराने पुल तक पहुँचा\",45,9,1,900,hi",
                "4,2026-03-15T11:45:00Z,reporter_one,\"Officials deny the bridge collapsed; photos are from 2019\",300,150,40,22000,en",
                "5,2026-03-16T07:05:00Z,layla,\"صور الجسر مزيفة، التقطت عام ٢٠١٩\",60,20,8,3000,ar",
                "6,2026-03-16T12:00:00Z,fact_desk,\"Fact check: the viral flood photo is old\",500,220,35,41000,en");
    }

    public static Path writeCsv(Path dir, String name, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(rows);
        Path file = dir.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** {@code count} generated posts cycling through the languages, for paging and screenshots. */
    public static List<String> generatedRows(int count) {
        String[] en = {"Rescue teams reach the flooded district near the river", "Is this photo of the dam real? It circulated in 2019 too",
                "Power restored in three neighbourhoods, the city says", "Volunteers distribute water at the central station"};
        String[] ar = {"فرق الإنقاذ تصل إلى الحي المغمور قرب النهر", "هل صورة السد حقيقية؟ انتشرت عام ٢٠١٩ أيضاً",
                "عودة الكهرباء إلى ثلاثة أحياء بحسب البلدية", "متطوعون يوزعون المياه في المحطة المركزية"};
        String[] hi = {"बचाव दल नदी के पास बाढ़ग्रस्त इलाके में पहुँचे", "क्या बाँध की यह तस्वीर असली है? यह 2019 में भी फैली थी",
                "शहर के अनुसार तीन मोहल्लों में बिजली बहाल", "स्वयंसेवक केंद्रीय स्टेशन पर पानी बाँट रहे हैं"};
        String[] authors = {"reporter_one", "ahmad", "priya", "layla", "fact_desk", "city_news", "omar_k", "anita_r"};
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lang = i % 3 == 0 ? "en" : i % 3 == 1 ? "ar" : "hi";
            String[] texts = lang.equals("en") ? en : lang.equals("ar") ? ar : hi;
            // Numbered only in English: a trailing "#12" in a right-to-left line reads oddly to anyone.
            String text = texts[(i / 3) % texts.length] + (lang.equals("en") ? " #" + (i + 1) : "");
            int day = 1 + (i * 7 / Math.max(1, count)) % 28;
            rows.add(String.format("g%d,2026-03-%02dT%02d:%02d:00Z,%s,\"%s\",%d,%d,%d,%d,%s", i + 1, day, (i * 5) % 24,
                    (i * 13) % 60, authors[i % authors.length], text, (i * 37) % 900, (i * 11) % 300, (i * 3) % 50,
                    (i * 997) % 90_000, lang));
        }
        return rows;
    }

    public static void importCsv(Project project, Path csv) throws IOException {
        new ImportService(project).importFile(csv, ImportRequest.auto(), ProgressListener.none(), CancellationToken.none());
    }

    public static IngestImportBackend backend(Project project, Path presetsDir) {
        return new IngestImportBackend(new ImportService(project), new MappingPresets(presetsDir));
    }
}
