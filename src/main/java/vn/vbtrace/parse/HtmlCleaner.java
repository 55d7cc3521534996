package vn.vbtrace.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes the document out of a saved web page. Page furniture (navigation, scripts, sidebars
 * listing other documents' numbers, footers) must yield no references and no metadata, so it
 * is removed before any text is taken, and the block holding the most running text is kept.
 */
public final class HtmlCleaner {

    private static final String FURNITURE_TAGS =
            "script, style, noscript, template, iframe, nav, header, footer, aside, form, button, select, svg, menu";

    /** class or id words that mark furniture on Vietnamese portals and common CMSs. */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|toolbar|tools|cong-cu|print|download|tai-ve|sidebar|side-bar|aside|footer|header|breadcrumbs?|banner|share|social|comments?"
                    + "|related|lien-quan|van-ban-moi|vbmoi|widget|advert|ads|quang-cao|cookie|popup|search|tim-kiem|login)([-_ ]|$)");

    /** Containers that portals use for the document's full text, tried before the density fallback. */
    private static final String CONTENT_SELECTORS =
            "[itemprop=articleBody], article, main, .noi-dung-van-ban, .noidung, .toan-van, #toan-van, .content-detail, .fulltext, #content, .content";

    private static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
            "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "hr", "main");

    public String textOf(String html) {
        Document page = Jsoup.parse(html);
        page.select(FURNITURE_TAGS).remove();
        for (Element element : page.getAllElements()) {
            if (element != page.body() && element.parent() != null && isFurnitureByName(element)) {
                element.remove();
            }
        }
        Element content = mainContent(page);
        return blockText(content);
    }

    private static boolean isFurnitureByName(Element element) {
        String names = element.className() + " " + element.id();
        return !names.isBlank() && FURNITURE_NAME.matcher(names).find();
    }

    private static Element mainContent(Document page) {
        Elements candidates = page.select(CONTENT_SELECTORS);
        Element body = page.body() == null ? page : page.body();
        int bodyLength = body.text().length();
        // A named container counts only when it holds most of what is left: some portals
        // wrap a one-line teaser in <article> and the full text elsewhere.
        return candidates.stream()
                .filter(candidate -> candidate.text().length() >= bodyLength / 2)
                .max(Comparator.comparingInt(candidate -> candidate.text().length()))
                .orElse(body);
    }

    /** Text with a line break at every block boundary and a tab between table cells. */
    private static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.text());
                } else if (node instanceof Element element) {
                    if (element.normalName().equals("td") || element.normalName().equals("th")) {
                        out.append('\t');
                    } else if (BLOCK_TAGS.contains(element.normalName())) {
                        out.append('\n');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCK_TAGS.contains(element.normalName())
                        && !element.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t\\u00A0]*\\n[ \\t\\u00A0]*\\n[\\s]*", "\n\n").strip();
    }
}
