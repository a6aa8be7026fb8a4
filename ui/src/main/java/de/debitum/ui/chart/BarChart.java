package de.debitum.ui.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a vertical bar chart as SVG on the server, so the UI needs no chart component: one bar
 * per labelled amount, the amount written above each bar in the locale's number format.
 */
public final class BarChart {

    /** One bar: its label under the axis, its amount and its fill colour (a CSS colour). */
    public record Bar(String label, BigDecimal amount, String color) {
    }

    static final int WIDTH = 520;
    static final int HEIGHT = 260;
    private static final int MARGIN_TOP = 28;
    private static final int MARGIN_BOTTOM = 36;
    private static final int MARGIN_SIDE = 16;
    private static final int GAP = 24;

    private BarChart() {
    }

    /**
     * Returns the chart as an SVG document; negative amounts are drawn as empty bars, and an
     * all-zero chart draws the axis with zero labels only.
     *
     * @param title accessible title of the picture, read by screen readers
     */
    public static String svg(String title, List<Bar> bars, String currency, Locale locale) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("A bar chart needs at least one bar");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);

        BigDecimal max = bars.stream().map(Bar::amount).filter(a -> a != null).max(BigDecimal::compareTo)
                .filter(a -> a.signum() > 0).orElse(BigDecimal.ONE);
        int plotHeight = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        int barWidth = (WIDTH - 2 * MARGIN_SIDE - GAP * (bars.size() - 1)) / bars.size();
        int axisY = HEIGHT - MARGIN_BOTTOM;

        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"100%\" style=\"max-width:").append(WIDTH).append("px\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<g font-family=\"sans-serif\" font-size=\"13\" text-anchor=\"middle\">");

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            BigDecimal amount = bar.amount() == null ? BigDecimal.ZERO : bar.amount();
            int height = amount.signum() <= 0 ? 0
                    : amount.multiply(BigDecimal.valueOf(plotHeight)).divide(max, 0, RoundingMode.HALF_UP).intValue();
            int x = MARGIN_SIDE + i * (barWidth + GAP);
            int centre = x + barWidth / 2;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(axisY - height).append("\" width=\"")
                    .append(barWidth).append("\" height=\"").append(height).append("\" fill=\"")
                    .append(escape(bar.color())).append("\"><title>").append(escape(bar.label())).append(": ")
                    .append(escape(format.format(amount))).append(' ').append(escape(currency))
                    .append("</title></rect>");
            texts.add("<text x=\"" + centre + "\" y=\"" + (axisY - height - 8) + "\">"
                    + escape(format.format(amount)) + "</text>");
            texts.add("<text x=\"" + centre + "\" y=\"" + (axisY + 22) + "\" fill=\"#444\">" + escape(bar.label())
                    + "</text>");
        }
        svg.append("<line x1=\"").append(MARGIN_SIDE).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(WIDTH - MARGIN_SIDE).append("\" y2=\"").append(axisY).append("\" stroke=\"#888\"/>");
        texts.forEach(svg::append);
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** Escapes text for SVG (XML) content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
