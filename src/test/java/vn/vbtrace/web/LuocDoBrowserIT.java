package vn.vbtrace.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.Json;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.web.Browser.await;
import static vn.vbtrace.web.Browser.find;
import static vn.vbtrace.web.Browser.findAll;
import static vn.vbtrace.web.Browser.js;
import static vn.vbtrace.web.Browser.mouseAt;
import static vn.vbtrace.web.Browser.open;
import static vn.vbtrace.web.Browser.q;
import static vn.vbtrace.web.Browser.shot;

/**
 * Issue 15 point 1 in headless Chromium: the lược đồ on the document page and on the chain page, as a user sees and
 * handles it. What the canvas shows is read from the diagram the page keeps (window.vbtraceDiagram, Cytoscape's model of
 * what it draws); clicks and hovers are the real mouse on the canvas.
 */
class LuocDoBrowserIT {

    static final String DECISION_1852 = "nb6d90094afa50bd2";
    static final String STUB_1322 = "ne42e8521d79c5645";

    /**
     * What would make the diagram unreadable, as a list of problems: two boxes (or two relation boxes with their titles)
     * overlapping, or a line running across a box it does not join.
     */
    static final String GEOMETRY = """
            const cy = window.vbtraceDiagram.cy;
            const meet = (a, b) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
            const problems = [];
            const leaves = cy.nodes('.doc, .more, .group.folded').toArray();
            const groups = cy.nodes('.group').toArray();
            const box = n => n.boundingBox({includeLabels: n.hasClass('group'), includeOverlays: false});
            const name = n => n.data('label').split('\\n')[0];
            for (let i = 0; i < leaves.length; i++) for (let j = i + 1; j < leaves.length; j++)
              if (meet(box(leaves[i]), box(leaves[j]))) problems.push('boxes overlap: ' + name(leaves[i]) + ' / ' + name(leaves[j]));
            for (let i = 0; i < groups.length; i++) for (let j = i + 1; j < groups.length; j++)
              if (meet(box(groups[i]), box(groups[j]))) problems.push('relation boxes overlap: ' + name(groups[i]) + ' / ' + name(groups[j]));
            for (const g of groups) for (const n of leaves)
              if (n !== g && n.data('parent') !== g.id() && meet(box(g), box(n))) problems.push('box in a relation box not its own: ' + name(n) + ' / ' + name(g));
            const crosses = (p, q, b) => {
              const x1 = b.x1 + 2, x2 = b.x2 - 2, y1 = b.y1 + 2, y2 = b.y2 - 2;
              let t0 = 0, t1 = 1;
              const dx = q.x - p.x, dy = q.y - p.y;
              const clip = (pp, qq) => {
                if (pp === 0) return qq >= 0;
                const r = qq / pp;
                if (pp < 0) { if (r > t1) return false; if (r > t0) t0 = r; } else { if (r < t0) return false; if (r < t1) t1 = r; }
                return true;
              };
              return clip(-dx, p.x - x1) && clip(dx, x2 - p.x) && clip(-dy, p.y - y1) && clip(dy, y2 - p.y) && t0 <= t1;
            };
            cy.edges().forEach(e => {
              const points = [e.sourceEndpoint(), ...(e.segmentPoints() || []), e.targetEndpoint()];
              const joined = new Set([e.source().id(), e.target().id()]);
              for (const end of [e.source(), e.target()]) if (end.parent().nonempty()) joined.add(end.parent().id());
              for (const n of [...leaves, ...groups]) {
                if (joined.has(n.id())) continue;
                for (let k = 0; k + 1 < points.length; k++)
                  if (crosses(points[k], points[k + 1], box(n))) { problems.push('line ' + e.id() + ' crosses ' + name(n)); break; }
              }
            });
            return problems;""";

    @Test
    void theDecisionHasALuocDoTabWithItsRootCentredAndItsRelationsGroupedAsVbplDoes() {
        open("/document.html?id=" + DECISION_1852);
        await("the document's tabs", ExpectedConditions.elementToBeClickable(By.cssSelector("[data-tab='luoc-do']"))).click();
        awaitDiagram();
        shot("luoc-do-1852");
        assertThat(rootId()).isEqualTo(DECISION_1852);
        assertThat(rootLabel()).startsWith("1852/QĐ-UBND · 14/10/2020\nBan hành Kế hoạch thực hiện");
        assertRootCentred();
        // What 1852 cites, on the left: its bases (1322/QĐ-TTg, which it also implements, and the law by name), and the Tờ trình.
        assertThat(groupTitles()).containsExactly("▾ Căn cứ · 2 văn bản", "▾ Theo đề nghị tại · 1 văn bản");
        assertThat(childrenOf("▾ Căn cứ · 2 văn bản")).containsExactly(
                // 1322/QĐ-TTg is not held, but the shipped national catalog (issue 14) gives its title.
                "1322/QĐ-TTg · 31/08/2020\nPhê duyệt Chương trình quốc gia hỗ…\n+ thực hiện",
                "Luật Tổ chức chính quyền địa phương\n19/06/2015");
        assertThat(js("return window.vbtraceDiagram.cy.nodes('.group').every(g => g.position('x') < window.vbtraceDiagram.cy.getElementById(arguments[0]).position('x'))", DECISION_1852))
                .as("what it rests on is drawn on the left").isEqualTo(true);
        assertThat(geometryProblems()).isEmpty();
        // The legend is built from GET /api/relations: every relation there, in its order, under its Vietnamese name.
        List<String> relations = api("/api/relations").get("relations").valueStream()
                .map(r -> r.get("label").asString() + " / " + r.get("inverseLabel").asString().toLowerCase()).toList();
        assertThat(Browser.texts(findAll(".diagram-legend .legend-relations .legend-item"))).containsExactlyElementsOf(relations);
    }

    @Test
    void theLuocDoOf712ToFiveHopsNamesHeldDocumentsByTheirTitleAndCrossesNoBox() {
        // The case of issue 15: 15 documents, the held ones without a number used to read "Văn bản không số".
        open("/chain.html?number=" + q("712/QĐ-TTg") + "&direction=both&depth=5");
        awaitDiagram();
        shot("chain-712-depth-5");
        assertThat(rootLabel()).startsWith("712/QĐ-TTg · 21/05/2010");
        assertRootCentred();
        List<String> labels = docLabels().stream().map(l -> l.replace('\n', ' ')).toList();
        assertThat(labels).as("documents in the diagram").hasSize(15 - 3 + 1); // 3 of the plan's 10 mentions behind "… và 3 văn bản khác"; 712's basis 132/2008/NĐ-CP from the catalog
        assertThat(labels).noneMatch(l -> l.contains("không số"));
        assertThat(labels).anyMatch(l -> l.startsWith("Thực hiện Dự án “Nâng cao năng suất và chất lượng sản phẩm"))
                .anyMatch(l -> l.startsWith("Kết luận Hội nghị Ban Điều hành Chương trình quốc gia"));
        assertThat(geometryProblems()).isEmpty();
        assertThat(readableFontPixels()).as("text size on screen at the zoom shown").isGreaterThanOrEqualTo(11.0);
        // Full titles are kept for the hover: nothing was cut in the model.
        Object titles = js("return window.vbtraceDiagram.cy.nodes('.doc').map(n => window.vbtraceDiagram.nodes.get(n.id()).title).filter(Boolean)");
        assertThat((List<?>) titles).anyMatch(t -> t.toString().endsWith("giai đoạn 2016 - 2020”"));
    }

    @Test
    void aHundredAndFiftyRelationsStayReadableGroupedAndFoldable() throws Exception {
        String id = uploadDecisionWith150Citations();
        open("/document.html?id=" + id + "#tab=luoc-do");
        awaitDiagram();
        shot("luoc-do-150-relations");
        assertThat(groupTitles()).containsExactly("▾ Căn cứ · 60 văn bản", "▾ Thay thế · 10 văn bản", "▾ Bãi bỏ · 10 văn bản",
                "▾ Thực hiện · 25 văn bản", "▾ Dẫn chiếu · 45 văn bản");
        List<String> basis = childrenOf("▾ Căn cứ · 60 văn bản");
        assertThat(basis).hasSize(8).last().isEqualTo("… và 53 văn bản khác (bấm để xem)");
        assertThat(docLabels()).as("boxes drawn for 150 relations: the root and 7 per relation").hasSize(1 + 7 * 5);
        assertRootCentred();
        assertThat(geometryProblems()).isEmpty();
        assertThat(readableFontPixels()).isGreaterThanOrEqualTo(11.0);

        // "… và 53 văn bản khác" shows the whole group.
        click(nodeWithLabel("… và 53 văn bản khác (bấm để xem)"));
        await("all 60 bases", d -> childrenOf("▾ Căn cứ · 60 văn bản").size() == 60);
        assertThat(geometryProblems()).isEmpty();
        shot("luoc-do-150-relations-all-bases");

        // A click on a relation box's title folds it to one line, and another unfolds it.
        click(nodeWithLabel("▾ Thay thế · 10 văn bản"));
        await("the folded 'Thay thế' box", d -> groupTitles().contains("▸ Thay thế · 10 văn bản"));
        assertThat(childrenOf("▸ Thay thế · 10 văn bản")).isEmpty();
        assertThat(geometryProblems()).isEmpty();
        click(nodeWithLabel("▸ Thay thế · 10 văn bản"));
        await("the unfolded 'Thay thế' box", d -> childrenOf("▾ Thay thế · 10 văn bản").size() == 8);
    }

    @Test
    void clickingADocumentBringsInItsOwnRelationsAndHoveringShowsItsFullTitle() {
        open("/document.html?number=" + q("1322/QĐ-TTg"));
        awaitDiagram(); // a stub opens on its lược đồ: what cites it
        // Not held, but a record of the shipped national catalog (issue 14): its title, not "chưa có trong kho".
        assertThat(rootLabel()).startsWith("1322/QĐ-TTg · 31/08/2020\nPhê duyệt Chương trình quốc gia hỗ trợ");
        assertThat(groupTitles()).containsExactly("▾ Được căn cứ bởi · 1 văn bản", "▾ Được thực hiện bởi · 1 văn bản");

        String decision = nodeWithLabel("1852/QĐ-UBND · 14/10/2020");
        hover(decision);
        WebElement tip = await("the hover's full title", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".diagram-tooltip")));
        assertThat(tip.getText()).contains("1852/QĐ-UBND").contains("Ban hành Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg ngày 31/8/2020 "
                + "của Thủ tướng Chính phủ phê duyệt Chương trình quốc gia hỗ trợ doanh nghiệp nâng cao năng suất và chất lượng sản phẩm, "
                + "hàng hóa giai đoạn 2021 - 2030").contains("Có trong kho");
        shot("luoc-do-1322-hover");

        int before = docLabels().size();
        click(decision);
        await("1852's own relations", d -> docLabels().size() > before);
        assertThat(docLabels()).anyMatch(l -> l.startsWith("Luật Tổ chức chính quyền địa phương")).anyMatch(l -> l.startsWith("54/TTr-SKHCN"));
        assertThat(js("return window.vbtraceDiagram.tree().groups.get('g:' + arguments[0] + '|out|PROPOSED_BY').side", DECISION_1852))
                .as("1852's bases go on its own side, further out").isEqualTo(1L);
        assertThat(geometryProblems()).isEmpty();
        assertThat(find(".diagram-info").getText()).startsWith("1852/QĐ-UBND").contains("Mở văn bản");
        shot("luoc-do-1322-expanded");
        // A second click folds what it opened.
        click(decision);
        await("1852's relations folded", d -> groupTitles().stream().filter(t -> t.startsWith("▸")).count() == 2);
    }

    @Test
    void stubsAndCatalogRecordsAreMarkedAndTheLegendSaysHow() {
        open("/document.html?id=" + DECISION_1852 + "#tab=luoc-do");
        awaitDiagram();
        // 1322/QĐ-TTg is not held but is a record of the shipped national catalog (issue 14): double-lined, not dashed.
        String stub = nodeWithLabel("1322/QĐ-TTg");
        assertThat(js("const n = window.vbtraceDiagram.cy.getElementById(arguments[0]); return [n.hasClass('stub'), n.hasClass('catalog'), n.style('border-style')].join()", stub))
                .isEqualTo("true,true,double");
        assertThat(js("return window.vbtraceDiagram.cy.getElementById(arguments[0]).style('border-style')", DECISION_1852)).isEqualTo("solid");
        assertThat(Browser.texts(findAll(".diagram-legend .legend-kinds .legend-item")))
                .containsExactly("Có trong kho", "Chưa có trong kho (chỉ được dẫn chiếu)", "Bản ghi danh mục quốc gia", "Văn bản đang xem");
        // Catalog records come with the catalog import (issue 14: "catalog": true on chain nodes); this branch has none
        // to ingest, so the chain answer of 1852 is drawn again with the law marked as the import will mark it.
        Object style = js("""
                const d = window.vbtraceDiagram;
                const law = [...d.nodes.values()].find(n => (n.title || '').startsWith('Luật Tổ chức'));
                d.load({root: d.nodes.get(arguments[0]), nodes: [...d.nodes.values()].map(n => n === law ? {...n, catalog: true} : n),
                        edges: [...d.edges.values()]});
                const n = d.cy.getElementById(law.id);
                return [n.hasClass('catalog'), n.style('border-style')].join();""", DECISION_1852);
        assertThat(style).isEqualTo("true,double");
        hover(nodeWithLabel("Luật Tổ chức chính quyền địa phương"));
        assertThat(await("the catalog record's hover", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".diagram-tooltip"))).getText())
                .contains("Bản ghi danh mục quốc gia");
    }

    @Test
    void theLuocDoDownloadsAsPngAndSvg() throws Exception {
        open("/document.html?id=" + DECISION_1852 + "#tab=luoc-do");
        awaitDiagram();
        Path png = Browser.downloads().resolve("luoc-do_1852-qd-ubnd.png");
        Path svg = Browser.downloads().resolve("luoc-do_1852-qd-ubnd.svg");
        Files.deleteIfExists(png);
        Files.deleteIfExists(svg);
        find(".diagram-tools [data-act='png']").click();
        find(".diagram-tools [data-act='svg']").click();
        await("the PNG and SVG downloads", d -> Files.exists(png) && Files.exists(svg));
        BufferedImage image = await("a readable PNG", d -> read(png));
        assertThat(image.getWidth()).as("PNG width (the whole diagram at twice its size)").isGreaterThan(1000);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertThat(xml.getDocumentElement().getTagName()).isEqualTo("svg");
        String text = xml.getDocumentElement().getTextContent();
        assertThat(text).contains("1852/QĐ-UBND · 14/10/2020", "▾ Căn cứ · 2 văn bản", "1322/QĐ-TTg · 31/08/2020", "54/TTr-SKHCN");
        NodeList rects = xml.getElementsByTagName("rect");
        NodeList lines = xml.getElementsByTagName("polyline");
        assertThat(rects.getLength()).as("a background, a box per document and per relation box").isEqualTo(1 + 4 + 2);
        assertThat(lines.getLength()).as("a line per relation box").isEqualTo(2);
    }

    @Test
    void theChainPageReadsTheNumberAsTheSearchBoxDoes() {
        for (String typed : List.of("qd 1322", "quyết định 1322", "1322/qd-ttg")) {
            open("/chain.html");
            WebElement box = find("#number");
            box.sendKeys(typed);
            find("#chain-form button[type=submit]").click();
            await("the lược đồ for '" + typed + "'", ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Lược đồ của 1322/QĐ-TTg"));
            awaitDiagram();
            assertThat(rootLabel()).as("root for '%s'", typed).startsWith("1322/QĐ-TTg");
            assertThat(find("#number").getDomProperty("value")).as("the number as officials write it").isEqualTo("1322/QĐ-TTg");
        }
        shot("chain-qd-1322");
    }

    // ---- helpers ----

    static void awaitDiagram() {
        await("the lược đồ", d -> js("return window.vbtraceDiagram && window.vbtraceDiagram.cy.nodes('.doc').length > 0"
                + " && document.querySelector('.diagram-canvas').offsetParent !== null") == Boolean.TRUE);
    }

    @SuppressWarnings("unchecked")
    static List<String> geometryProblems() {
        return (List<String>) js(GEOMETRY);
    }

    static String rootId() {
        return (String) js("return window.vbtraceDiagram.rootId");
    }

    static String rootLabel() {
        return (String) js("return window.vbtraceDiagram.cy.getElementById(window.vbtraceDiagram.rootId).data('label')");
    }

    @SuppressWarnings("unchecked")
    static List<String> docLabels() {
        return (List<String>) js("return window.vbtraceDiagram.cy.nodes('.doc').map(n => n.data('label'))");
    }

    @SuppressWarnings("unchecked")
    static List<String> groupTitles() {
        return (List<String>) js("return window.vbtraceDiagram.cy.nodes('.group').sort((a, b) => a.position('y') - b.position('y'))"
                + ".map(n => n.data('label'))");
    }

    @SuppressWarnings("unchecked")
    static List<String> childrenOf(String groupTitle) {
        return (List<String>) js("const g = window.vbtraceDiagram.cy.nodes('.group').filter(n => n.data('label') === arguments[0]);"
                + " return g.children().sort((a, b) => a.position('y') - b.position('y')).map(n => n.data('label'))", groupTitle);
    }

    static String nodeWithLabel(String start) {
        String id = (String) js("const n = window.vbtraceDiagram.cy.nodes().filter(n => (n.data('label') || '').startsWith(arguments[0]));"
                + " return n.length ? n[0].id() : null", start);
        assertThat(id).as("a box labelled '%s…' among %s", start, docLabels()).isNotNull();
        return id;
    }

    static double readableFontPixels() {
        return ((Number) js("const cy = window.vbtraceDiagram.cy; return cy.zoom() * parseFloat(cy.nodes('.doc').last().style('font-size'))"))
                .doubleValue();
    }

    static void assertRootCentred() {
        @SuppressWarnings("unchecked")
        List<Number> offset = (List<Number>) js("const cy = window.vbtraceDiagram.cy; const p = cy.getElementById(window.vbtraceDiagram.rootId)"
                + ".renderedPosition(); return [p.x - cy.width() / 2, p.y - cy.height() / 2]");
        assertThat(offset).as("the root's distance from the middle of the view").allSatisfy(d -> assertThat(Math.abs(d.doubleValue())).isLessThan(2));
    }

    /** Brings the box into view (as a user would pan to it), then moves the real mouse onto it. */
    @SuppressWarnings("unchecked")
    static List<Number> pointAt(String id) {
        return (List<Number>) js("const cy = window.vbtraceDiagram.cy; const n = cy.getElementById(arguments[0]);"
                + " const b = n.renderedBoundingBox({includeLabels: false}); const inView = b.x1 > 0 && b.y1 > 0 && b.x2 < cy.width() && b.y2 < cy.height();"
                + " if (!inView) cy.center(n); const p = n.hasClass('group') && !n.hasClass('folded')"
                + " ? {x: n.renderedPosition('x'), y: n.renderedBoundingBox({includeLabels: false}).y1 + 6} : n.renderedPosition(); return [p.x, p.y]", id);
    }

    static void click(String id) {
        List<Number> p = pointAt(id);
        mouseAt(p.get(0).doubleValue(), p.get(1).doubleValue()).click().perform();
    }

    static void hover(String id) {
        List<Number> p = pointAt(id);
        mouseAt(p.get(0).doubleValue() + 3, p.get(1).doubleValue() + 3).perform();
        mouseAt(p.get(0).doubleValue(), p.get(1).doubleValue()).perform();
    }

    static BufferedImage read(Path png) {
        try {
            return Files.size(png) > 0 ? ImageIO.read(png.toFile()) : null;
        } catch (Exception e) {
            return null; // still being written
        }
    }

    static JsonNode api(String path) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Browser.base() + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return Json.mapper().readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A decision of a province (Thái Bình, named by no other test) citing 150 documents: 60 bases, 25 it implements,
     * 10 it repeals, 10 it replaces and 45 letters it mentions. Uploaded once; its id comes from its number.
     */
    static synchronized String uploadDecisionWith150Citations() throws Exception {
        List<String> lines = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN", "TỈNH THÁI BÌNH", "Số: 777/QĐ-UBND",
                "Thái Bình, ngày 05 tháng 6 năm 2024", "QUYẾT ĐỊNH", "Về việc tổng hợp văn bản quản lý đê điều", ""));
        for (int i = 0; i < 60; i++) {
            lines.add("Căn cứ Quyết định số " + (3000 + i) + "/QĐ-UBND ngày " + (1 + i % 27) + "/" + (1 + i % 12) + "/2019 của Ủy ban nhân dân tỉnh Thái Bình;");
        }
        lines.add("QUYẾT ĐỊNH:");
        for (int i = 60; i < 85; i++) {
            lines.add("Điều " + (i - 58) + ". Thực hiện Quyết định số " + (3000 + i) + "/QĐ-UBND ngày 10/" + (1 + i % 12) + "/2020 của Ủy ban nhân dân tỉnh Thái Bình về đê điều.");
        }
        for (int i = 85; i < 95; i++) {
            lines.add("Bãi bỏ Quyết định số " + (3000 + i) + "/QĐ-UBND ngày 11/" + (1 + i % 12) + "/2018 của Ủy ban nhân dân tỉnh Thái Bình.");
        }
        for (int i = 95; i < 105; i++) {
            lines.add("Quyết định này thay thế Quyết định số " + (3000 + i) + "/QĐ-UBND ngày 12/" + (1 + i % 12) + "/2017 của Ủy ban nhân dân tỉnh Thái Bình.");
        }
        for (int i = 105; i < 150; i++) {
            lines.add("Các cơ quan tham khảo Công văn số " + (4000 + i) + "/UBND-NN ngày 13/" + (1 + i % 12) + "/2021 của Ủy ban nhân dân tỉnh Thái Bình về đê điều.");
        }
        lines.add("Quyết định này có hiệu lực kể từ ngày ký.");
        // The upload waits up to vbtrace.upload.wait (10 s) and then becomes a job (issue 12); followed here.
        HttpResponse<String> r = HttpClient.newHttpClient().send(vn.vbtrace.FileUpload.of("777-QD-UBND.txt", String.join("\n", lines))
                        .post(URI.create(Browser.base() + "/api/documents"))
                        .header("Authorization", vn.vbtrace.TestUsers.EDITOR.basic()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() == 202) {
            String job = "/api/jobs/" + Json.mapper().readTree(r.body()).get("job").asString();
            long until = System.nanoTime() + 120_000_000_000L;
            while (!"done".equals(api(job).get("status").asString())) {
                assertThat(api(job).get("status").asString()).as("the upload job").isNotEqualTo("failed");
                assertThat(System.nanoTime()).as("the upload job ends within 120 s").isLessThan(until);
                Thread.sleep(500);
            }
        } else {
            assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        }
        JsonNode chain = api("/api/chain?depth=1&number=" + q("777/QĐ-UBND"));
        Map<String, Long> relations = new java.util.TreeMap<>();
        chain.get("edges").valueStream().forEach(e -> relations.merge(e.get("relation").asString(), 1L, Long::sum));
        assertThat(relations).as("the 150 citations as extracted").isEqualTo(Map.of("BASED_ON", 60L, "IMPLEMENTS", 25L, "REPEALS", 10L,
                "REPLACES", 10L, "CITES", 45L));
        return chain.get("root").get("id").asString();
    }
}
