package de.debitum.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {

    private static final List<BarChart.Bar> BUCKETS = List.of(
            new BarChart.Bar("0–30 Tage", new BigDecimal("1200.00"), "#f2b134"),
            new BarChart.Bar("31–60 Tage", new BigDecimal("1000.00"), "#e8833a"),
            new BarChart.Bar("61–90 Tage", BigDecimal.ZERO, "#d4513b"),
            new BarChart.Bar("über 90 Tage", new BigDecimal("2400.00"), "#9e2a2b"));

    @Test
    void barHeightsAreProportionalToAmounts() throws Exception {
        Document svg = parse(BarChart.svg("Überfällig", BUCKETS, "EUR", Locale.GERMAN));

        NodeList rects = svg.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(4);
        int first = height(rects, 0);
        int last = height(rects, 3);
        assertThat(height(rects, 2)).isZero();
        assertThat(last).isEqualTo(BarChart.HEIGHT - 28 - 36);
        assertThat(first).isEqualTo(Math.round(last * 1200f / 2400f));
    }

    @Test
    void amountsUseLocaleNumberFormat() {
        assertThat(BarChart.svg("t", BUCKETS, "EUR", Locale.GERMAN)).contains(">2.400,00<").contains("über 90 Tage");
        assertThat(BarChart.svg("t", BUCKETS, "EUR", Locale.ENGLISH)).contains(">2,400.00<");
    }

    @Test
    void allZeroDrawsEmptyBars() throws Exception {
        List<BarChart.Bar> zero = List.of(new BarChart.Bar("a", BigDecimal.ZERO, "#000"),
                new BarChart.Bar("b", null, "#000"), new BarChart.Bar("c", new BigDecimal("-5"), "#000"));

        Document svg = parse(BarChart.svg("t", zero, "EUR", Locale.GERMAN));

        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            assertThat(height(rects, i)).isZero();
        }
    }

    @Test
    void textIsEscaped() throws Exception {
        String svg = BarChart.svg("<script>&", List.of(new BarChart.Bar("\"><b>", BigDecimal.ONE, "red\" onload=\"x")),
                "E&R", Locale.GERMAN);

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("\" onload=\"");
        Document parsed = parse(svg);
        assertThat(parsed.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("<script>&");
    }

    @Test
    void noBarsIsRejected() {
        assertThatThrownBy(() -> BarChart.svg("t", List.of(), "EUR", Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static int height(NodeList rects, int index) {
        return Integer.parseInt(((Element) rects.item(index)).getAttribute("height"));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }
}
