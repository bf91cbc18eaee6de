package io.hecha.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the golden results for the corpus benchmark, each a report of its own: another unit
 * (region × department), another year and score, its name and year put into every paragraph and
 * cell that named the template's, written as compact JSON.
 */
final class CorpusCopies {
    static final String[] REGIONS = {"青禾县", "临川市", "北岭区", "南湖县", "东江市", "西山区", "云溪县", "白沙市", "清河区", "长宁县",
            "安平市", "丰原区", "金城县", "玉泉市", "石桥区", "平湖县", "永和市", "新华区", "康乐县", "福田市"};
    static final String[] DEPARTMENTS = {"财政局", "教育局", "交通运输局", "卫生健康委员会", "农业农村局", "水务局", "民政局",
            "自然资源局", "生态环境局", "住房和城乡建设局", "文化和旅游局", "市场监督管理局", "应急管理局", "人力资源和社会保障局",
            "工业和信息化局", "商务局", "统计局", "审计局", "林业局", "体育局", "退役军人事务局", "医疗保障局", "城市管理局",
            "科学技术局", "司法局"};

    private CorpusCopies() {
    }

    /** Writes copies {@code from} (inclusive) to {@code to} (exclusive) into {@code dir}. */
    static void write(Path goldens, Path dir, int from, int to) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<JsonNode> templates = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldens)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) templates.add(m.readTree(p.toFile()));
        }
        Files.createDirectories(dir);
        for (int i = from; i < to; i++) {
            ObjectNode copy = templates.get(i % templates.size()).deepCopy();
            String region = REGIONS[i % REGIONS.length];
            String department = DEPARTMENTS[(i / REGIONS.length) % DEPARTMENTS.length];
            String unit = region + department;
            int year = 2015 + (i * 7) % 10;
            BigDecimal score = new BigDecimal(60 + (i * 37) % 40 + "." + String.format("%02d", (i * 13) % 100));
            ObjectNode report = copy.path("report") instanceof ObjectNode r ? r : copy.putObject("report");
            String oldUnit = text(report.get("subject"));
            String oldShort = text(report.get("shortName"));
            String oldYear = text(report.get("year"));
            set(report, "subject", unit);
            set(report, "shortName", region.substring(0, region.length() - 1) + department.substring(0, Math.min(2, department.length())));
            setNumber(report, "year", new BigDecimal(year));
            setNumber(report, "score", score);
            set(report, "grade", score.intValue() >= 90 ? "优" : score.intValue() >= 80 ? "良" : score.intValue() >= 60 ? "中" : "差");
            String fileName = String.format("%05d-%s-%d-%s", i, unit, year, copy.path("source").path("fileName").asText());
            ((ObjectNode) copy.get("source")).put("fileName", fileName);
            replaceText(copy.path("paragraphs"), oldUnit, unit, oldShort, oldYear, String.valueOf(year));
            for (JsonNode t : copy.path("tables")) replaceText(t.path("cells"), oldUnit, unit, oldShort, oldYear, String.valueOf(year));
            Files.write(dir.resolve(fileName + ".json"), m.writeValueAsBytes(copy));
        }
    }

    private static void replaceText(JsonNode array, String oldUnit, String unit, String oldShort, String oldYear, String year) {
        if (!(array instanceof ArrayNode a)) return;
        for (JsonNode n : a) {
            if (!(n instanceof ObjectNode o) || !o.has("text")) continue;
            String t = o.get("text").asText();
            String u = t;
            if (!oldUnit.isEmpty()) u = u.replace(oldUnit, unit);
            if (!oldShort.isEmpty()) u = u.replace(oldShort, unit);
            if (!oldYear.isEmpty()) u = u.replace(oldYear + "年", year + "年");
            if (!u.equals(t)) o.put("text", u);
        }
    }

    private static String text(JsonNode n) {
        if (n == null || n.isNull()) return "";
        if (n.isValueNode()) return n.asText();
        JsonNode t = n.has("text") ? n.get("text") : n.get("printed");
        return t == null ? "" : t.asText();
    }

    private static void set(ObjectNode report, String key, String value) {
        JsonNode old = report.get(key);
        if (old instanceof ObjectNode o) o.put("text", value);
        else report.set(key, TextNode.valueOf(value));
    }

    private static void setNumber(ObjectNode report, String key, BigDecimal v) {
        JsonNode old = report.get(key);
        ObjectNode o = old instanceof ObjectNode x ? x : report.putObject(key);
        o.put("printed", v.toPlainString());
        o.put("value", v);
    }
}
