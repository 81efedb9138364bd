package org.postlens.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class EvaluationExportsTest {

    @TempDir
    Path folder;

    @Test
    void jsonHoldsTheFiguresTheCountsAndTheBreakdowns() throws Exception {
        JsonNode json = new ObjectMapper().readTree(EvaluationJson.write(EvaluationExamples.verdicts()));
        assertThat(json.path("posts").asInt()).isEqualTo(7);
        assertThat(json.path("without_prediction").asInt()).isEqualTo(1);
        assertThat(json.path("gold_left_out").asInt()).isEqualTo(3);
        assertThat(json.path("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.path("macro_f1").asDouble()).isEqualTo(0.4127);
        assertThat(json.path("per_label").path("false").path("f1").asDouble()).isEqualTo(0.5714);
        assertThat(json.path("per_label").path("misleading").path("support").asInt()).isEqualTo(2);
        assertThat(json.path("confusion").path("counts").get(2).get(1).asInt()).isEqualTo(2);
        assertThat(json.path("unseen_labels").get(0).asText()).isEqualTo("unverifiable");
        assertThat(json.path("by_language").get(0).path("group").asText()).isEqualTo("en");
        JsonNode late = json.path("by_source").findParents("group").stream()
                .filter(group -> group.path("group").asText().equals("late.csv")).findFirst().orElseThrow();
        assertThat(late.path("accuracy").isNull()).isTrue();
    }

    @Test
    void csvReportAndConfusionMatrix() throws Exception {
        Path file = folder.resolve("run7.csv");
        List<Path> written = EvaluationCsv.write(EvaluationExamples.verdicts(), file);
        assertThat(written).containsExactly(file, folder.resolve("run7.confusion.csv"));

        List<CSVRecord> report = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(Files.newBufferedReader(file)).getRecords();
        CSVRecord falseOverall = report.stream()
                .filter(row -> row.get("breakdown").equals("all") && row.get("label").equals("false")).findFirst().orElseThrow();
        assertThat(falseOverall.get("precision")).isEqualTo("0.4000");
        assertThat(falseOverall.get("f1")).isEqualTo("0.5714");
        CSVRecord macro = report.stream()
                .filter(row -> row.get("breakdown").equals("all") && row.get("label").equals("macro avg")).findFirst().orElseThrow();
        assertThat(macro.get("f1")).isEqualTo("0.4127");
        assertThat(report).anySatisfy(row -> {
            assertThat(row.get("breakdown")).isEqualTo("language");
            assertThat(row.get("group")).isEqualTo("ar");
            assertThat(row.get("label")).isEqualTo("accuracy");
            assertThat(row.get("f1")).isEqualTo("1.0000");
        });

        List<String> confusion = Files.readAllLines(folder.resolve("run7.confusion.csv"));
        assertThat(confusion).containsExactly("gold \\ predicted,true,false,misleading", "true,1,1,0", "false,0,2,0",
                "misleading,0,2,0");
    }

    @Test
    void htmlIsWellFormedSelfContainedAndHoldsTheHeatMap() throws Exception {
        String html = EvaluationHtmlReport.render(EvaluationExamples.verdicts());
        Document document = parse(html);
        XPath xpath = XPathFactory.newInstance().newXPath();

        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("href=")
                .doesNotContain("src=").doesNotContain("url(");
        NodeList heatMapCells = (NodeList) xpath.evaluate("//*[local-name()='svg'][@class='heatmap']//*[local-name()='rect']",
                document, XPathConstants.NODESET);
        assertThat(heatMapCells.getLength()).isEqualTo(9);
        // the misleading row: 0 and 2 and 0; its "false" cell holds the whole row, so it is the darkest colour
        String misleadingAsFalse = xpath.evaluate("//*[local-name()='svg'][@class='heatmap']/*[local-name()='g']"
                + "[starts-with(*[local-name()='title'], 'misleading predicted as false')]/*[local-name()='rect']/@fill", document);
        assertThat(misleadingAsFalse).isEqualTo(EvaluationHtmlReport.colour(1.0)).isEqualTo("#08306b");
        String misleadingAsFalseCount = xpath.evaluate("//*[local-name()='svg'][@class='heatmap']/*[local-name()='g']"
                + "[starts-with(*[local-name()='title'], 'misleading predicted as false')]/*[local-name()='text']", document);
        assertThat(misleadingAsFalseCount).isEqualTo("2");
        String trueAsTrue = xpath.evaluate("//*[local-name()='svg'][@class='heatmap']/*[local-name()='g']"
                + "[starts-with(*[local-name()='title'], 'true predicted as true')]/*[local-name()='rect']/@fill", document);
        assertThat(trueAsTrue).isEqualTo(EvaluationHtmlReport.colour(0.5));

        NodeList confusionRows = (NodeList) xpath.evaluate("//*[local-name()='table'][@class='confusion']/*[local-name()='tr']",
                document, XPathConstants.NODESET);
        assertThat(confusionRows.getLength()).isEqualTo(4);
        assertThat(html).contains("0.4127").contains("0.5714").contains("unverifiable");
        assertThat(html).contains("<h2>By language</h2>").contains("<h2>By platform</h2>").contains("<h2>By source</h2>");
    }

    @Test
    void everyNameIsEscaped() throws Exception {
        EvaluationSubject subject = new EvaluationSubject("verdict", "Schema <b>bold</b>", "run <script>alert(1)</script> & co", 0);
        List<EvaluatedPost> posts = List.of(
                EvaluationExamples.post(1, "<img src=x>", "<img src=x>", "en", "\"quoted\"", "a&b.csv"),
                EvaluationExamples.post(2, "fine", "<img src=x>", "en", "'single'", "a&b.csv"));
        EvaluationResult result = RunEvaluation.evaluate(subject, List.of("<img src=x>", "fine"), false, posts);
        String html = EvaluationHtmlReport.render(result);

        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>bold");
        assertThat(html).contains("&lt;script&gt;").contains("&lt;img src=x&gt;").contains("a&amp;b.csv")
                .contains("&quot;quoted&quot;");
        Document document = parse(html);
        assertThat(document.getElementsByTagName("h1").item(0).getTextContent())
                .isEqualTo("Evaluation of run <script>alert(1)</script> & co");
    }

    @Test
    void aMultiLabelReportSaysWhyThereIsNoConfusionMatrix() throws Exception {
        List<EvaluatedPost> posts = List.of(new EvaluatedPost(1, List.of("a"), List.of("a", "b"), null, null, null));
        String html = EvaluationHtmlReport.render(RunEvaluation.evaluate(EvaluationExamples.SUBJECT, List.of("a", "b"), true, posts));
        parse(html);
        assertThat(html).contains("no confusion matrix").doesNotContain("class=\"heatmap\"");
        assertThat(EvaluationJson.write(RunEvaluation.evaluate(EvaluationExamples.SUBJECT, List.of("a", "b"), true, posts)))
                .doesNotContain("confusion");
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
