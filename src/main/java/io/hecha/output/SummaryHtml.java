package io.hecha.output;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline CSS and a few lines of inline script for the
 * filter box and the "has errors" switch, no external assets) with the table of reports — reports
 * with errors first, their rows highlighted, each linking to its JSON — and, per report, its
 * findings with their evidence (the verbatim texts compared and where each stands) and, beside a
 * computed interval, how far the printed number is from it ({@code 差 6.00}). Built with jsoup, so
 * every text from a report is escaped.
 */
public final class SummaryHtml {
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:1.5em;color:#222}
            h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-bottom:1px solid #ccc}
            table{border-collapse:collapse;margin:.5em 0;width:100%}
            th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
            th{background:#f0f0f0;position:sticky;top:0}
            tr.failed td{background:#fdecea}tr.skipped td{color:#888}
            tr.has-errors td{background:#fde0e0}tr.has-warnings td{background:#fff8e1}
            .diff{font-weight:bold;white-space:nowrap}.interval{color:#555;white-space:nowrap}
            label{margin-left:1em}
            .error{color:#b00020;font-weight:bold}.warning{color:#a15c00}.info{color:#555}
            .num{text-align:right}.evidence{margin:0;padding-left:1.2em}.where{color:#666;font-size:.9em}
            #filter{padding:.3em;width:20em;margin-bottom:.5em}.counts span{margin-right:1.5em}
            """;
    private static final String SCRIPT = """
            function applyFilter(){
              var q=document.getElementById('filter').value.toLowerCase();
              var only=document.getElementById('only-errors').checked;
              document.querySelectorAll('#reports tbody tr').forEach(function(r){
                var show=r.textContent.toLowerCase().indexOf(q)>=0&&(!only||r.classList.contains('has-errors'));
                r.style.display=show?'':'none';});
              document.querySelectorAll('section.report').forEach(function(s){
                s.style.display=!only||s.classList.contains('has-errors')?'':'none';});}
            document.getElementById('filter').addEventListener('input',applyFilter);
            document.getElementById('only-errors').addEventListener('change',applyFilter);
            """;

    private SummaryHtml() {
    }

    /** Writes the page atomically. */
    public static void write(Path target, List<SummaryRow> rows) throws IOException {
        String html = render(rows);
        AtomicFiles.write(target, html.getBytes(StandardCharsets.UTF_8));
    }

    /** The page's HTML text. */
    public static String render(List<SummaryRow> rows) {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "zh-CN");
        doc.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.title("hecha 批量核查报告");
        doc.head().appendElement("style").appendText(CSS);
        Element body = doc.body();
        body.appendElement("h1").text("hecha 批量核查报告");
        counts(body.appendElement("p").addClass("counts"), rows);
        Element tools = body.appendElement("p");
        tools.appendElement("input").attr("id", "filter").attr("type", "search").attr("placeholder", "筛选（文件、单位、状态…）");
        Element only = tools.appendElement("label");
        only.appendElement("input").attr("id", "only-errors").attr("type", "checkbox");
        only.appendText(" 只看有错误的报告");
        List<SummaryRow> sorted = SummaryRow.forReview(rows);
        reportTable(body, sorted);
        for (int i = 0; i < sorted.size(); i++) {
            SummaryRow r = sorted.get(i);
            if (r.status() != SummaryRow.Status.OK || r.findings().isEmpty()) continue;
            findings(body, r, i);
        }
        body.appendElement("script").appendChild(new org.jsoup.nodes.DataNode(SCRIPT));
        return doc.outerHtml();
    }

    private static void counts(Element p, List<SummaryRow> rows) {
        long ok = rows.stream().filter(r -> r.status() == SummaryRow.Status.OK).count();
        long failed = rows.stream().filter(r -> r.status() == SummaryRow.Status.FAILED).count();
        long skipped = rows.stream().filter(r -> r.status() == SummaryRow.Status.SKIPPED).count();
        long withErrors = rows.stream().filter(r -> r.errors() > 0).count();
        p.appendElement("span").text("文件 " + rows.size());
        p.appendElement("span").text("已读 " + ok);
        p.appendElement("span").text("失败 " + failed);
        p.appendElement("span").text("跳过 " + skipped);
        p.appendElement("span").text("有错误的报告 " + withErrors);
    }

    private static void reportTable(Element body, List<SummaryRow> rows) {
        Element table = body.appendElement("table").attr("id", "reports");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("文件", "格式", "报告类型", "被评价单位", "年度", "得分", "等级", "错误", "警告", "状态", "原因", "JSON", "核查关系")) {
            head.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow r = rows.get(i);
            Element tr = tbody.appendElement("tr").addClass(r.status().id());
            if (r.errors() > 0) tr.addClass("has-errors");
            else if (r.warnings() > 0) tr.addClass("has-warnings");
            Element file = tr.appendElement("td");
            if (r.status() == SummaryRow.Status.OK && !r.findings().isEmpty()) {
                file.appendElement("a").attr("href", "#r" + i).text(r.file());
            } else {
                file.text(r.file());
            }
            for (String v : List.of(r.format(), r.reportType(), r.subject(), r.year(), r.score(), r.grade())) {
                tr.appendElement("td").text(v);
            }
            Element errors = tr.appendElement("td").addClass("num").text(Integer.toString(r.errors()));
            if (r.errors() > 0) errors.addClass("error");
            tr.appendElement("td").addClass("num").text(Integer.toString(r.warnings()));
            tr.appendElement("td").text(r.status().id());
            tr.appendElement("td").text(r.reason());
            Element json = tr.appendElement("td");
            if (!r.output().isEmpty()) json.appendElement("a").attr("href", SummaryXlsx.fileAddress(r.output())).text("JSON");
            tr.appendElement("td").addClass("num").text(r.checked() < 0 ? "" : Integer.toString(r.checked()));
        }
    }

    /** The computed side: the interval, and beside it how far the printed number is from it ({@code 差 6.00}). */
    private static void computed(Element td, FindingRow f) {
        td.appendElement("span").addClass("interval").text(f.expected());
        ShownNumber.parse(f.actual()).ifPresent(printed -> ShownNumber.computed(f.expected(), printed).ifPresent(c -> {
            td.appendText(" ");
            td.appendElement("span").addClass("diff").text("差 " + ShownNumber.difference(printed, c).text());
        }));
    }

    private static void findings(Element body, SummaryRow r, int index) {
        Element section = body.appendElement("section").attr("id", "r" + index).addClass("report");
        if (r.errors() > 0) section.addClass("has-errors");
        section.appendElement("h2").text(r.file() + (r.subject().isEmpty() ? "" : " — " + r.subject()));
        Element table = section.appendElement("table").addClass("findings");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("规则", "严重程度", "说明", "位置", "页", "数值", "计算值", "报告值", "依据")) head.appendElement("th").text(h);
        Element tbody = table.appendElement("tbody");
        for (FindingRow f : r.findings()) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(f.rule());
            tr.appendElement("td").addClass(f.severity()).text(f.severity());
            tr.appendElement("td").text(f.message());
            Element where = tr.appendElement("td").text(f.location());
            if (!f.bookmark().isEmpty()) where.attr("title", "书签 " + f.bookmark());
            tr.appendElement("td").addClass("num").text(f.page() == null ? "" : f.page().toString());
            tr.appendElement("td").text(String.join(" | ", f.values()));
            computed(tr.appendElement("td"), f);
            tr.appendElement("td").text(f.actual());
            Element ev = tr.appendElement("td").appendElement("ul").addClass("evidence");
            for (FindingRow.EvidenceRow e : f.evidence()) {
                Element li = ev.appendElement("li");
                li.appendElement("q").text(e.text());
                if (!e.location().isEmpty()) li.appendElement("span").addClass("where").text(" — " + e.location());
            }
        }
    }
}
