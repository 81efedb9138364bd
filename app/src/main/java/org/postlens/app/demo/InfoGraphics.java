package org.postlens.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

/** Data pictures of the flood: the river-gauge chart, the rain radar and two city maps. */
final class InfoGraphics {

    private static final double FLOOD_STAGE_M = 4.8;
    private static final Color LAND = new Color(240, 234, 216);
    private static final Color RIVER = new Color(110, 160, 210);
    private static final Color INK = new Color(40, 44, 52);

    /** A printed-report look, or the Water Authority's dark live dashboard. */
    enum ChartStyle {
        REPORT(Color.WHITE, new Color(226, 230, 236), INK, new Color(30, 90, 170)),
        DASHBOARD(new Color(22, 28, 38), new Color(52, 62, 78), new Color(220, 226, 234), new Color(90, 200, 240));

        final Color background;
        final Color grid;
        final Color ink;
        final Color line;

        ChartStyle(Color background, Color grid, Color ink, Color line) {
            this.background = background;
            this.grid = grid;
            this.ink = ink;
            this.line = line;
        }
    }

    private InfoGraphics() {
    }

    /**
     * Hourly river level at the Tamar Bridge gauge. {@code days} of data from 2 March; the level follows the story:
     * steady rise, flood stage passed early on 4 March, a 5.3 m peak on day 6, then a steady fall.
     */
    static BufferedImage waterLevelChart(int width, int height, int days, String title, long seed, ChartStyle style) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        g.setColor(style.background);
        g.fillRect(0, 0, width, height);
        int left = 90;
        int right = width - 40;
        int top = 90;
        int bottom = height - 80;
        double minLevel = 2.0;
        double maxLevel = 6.0;
        DemoCanvas.text(g, title, 28, true, style.ink, left, 50);
        g.setStroke(new BasicStroke(1));
        for (double level = minLevel; level <= maxLevel + 1e-9; level += 0.5) {
            int y = levelToY(level, minLevel, maxLevel, top, bottom);
            g.setColor(style.grid);
            g.drawLine(left, y, right, y);
            DemoCanvas.text(g, String.format(Locale.ROOT, "%.1f m", level), 16, false, style.ink, 20, y + 6);
        }
        for (int day = 0; day <= days; day++) {
            int x = left + (right - left) * day / days;
            g.setColor(style.grid);
            g.drawLine(x, top, x, bottom);
            if (day < days) {
                DemoCanvas.text(g, (2 + day) + " Mar", 16, false, style.ink, x + 6, bottom + 28);
            }
        }
        int floodY = levelToY(FLOOD_STAGE_M, minLevel, maxLevel, top, bottom);
        g.setColor(new Color(200, 40, 40));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {12, 8}, 0));
        g.drawLine(left, floodY, right, floodY);
        DemoCanvas.text(g, "flood stage 4.8 m", 16, true, new Color(200, 40, 40), right - 160, floodY - 8);
        Random random = new Random(seed);
        Path2D line = new Path2D.Double();
        int hours = days * 24;
        for (int hour = 0; hour <= hours; hour++) {
            double level = storyLevel(hour) + (random.nextDouble() - 0.5) * 0.04;
            double x = left + (right - left) * (double) hour / hours;
            double y = levelToY(level, minLevel, maxLevel, top, bottom);
            if (hour == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        g.setColor(style.line);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(line);
        g.setColor(style.ink);
        g.setStroke(new BasicStroke(2));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, right, bottom);
        DemoCanvas.text(g, "Source: Selun Water Authority (provisional)", 14, false, new Color(110, 114, 120), left, height - 20);
        g.dispose();
        return image;
    }

    /** The story's river level in metres, hour by hour from 2 March 00:00. */
    private static double storyLevel(int hour) {
        double day = hour / 24.0;
        if (day < 1.3) {
            return 2.6 + day * 1.1;
        }
        if (day < 5.1) {
            double t = (day - 1.3) / 3.8;
            return 4.03 + (5.3 - 4.03) * (1 - Math.pow(1 - t, 4));
        }
        return Math.max(2.8, 5.3 - (day - 5.1) * 0.55);
    }

    private static int levelToY(double level, double min, double max, int top, int bottom) {
        return (int) Math.round(bottom - (level - min) / (max - min) * (bottom - top));
    }

    static BufferedImage rainRadar(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        g.setColor(new Color(28, 34, 40));
        g.fillRect(0, 0, width, height);
        drawRiver(g, width, height, new Color(70, 110, 150), 10);
        Random random = new Random(17);
        Color[] intensities = {new Color(60, 200, 90), new Color(240, 220, 60), new Color(240, 120, 40), new Color(220, 40, 40)};
        for (int i = 0; i < 18; i++) {
            int cx = width / 5 + random.nextInt(width / 3);
            int cy = height / 6 + random.nextInt(height / 2);
            int radius = 60 + random.nextInt(120);
            Color core = intensities[Math.min(3, random.nextInt(4))];
            g.setPaint(new RadialGradientPaint(cx, cy, radius, new float[] {0f, 0.5f, 1f},
                    new Color[] {DemoCanvas.withAlpha(core, 170), DemoCanvas.withAlpha(intensities[0], 90), new Color(0, 0, 0, 0)}));
            g.fill(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
        }
        drawPlace(g, "Kesra Dam", width / 4, height / 4, Color.WHITE);
        drawPlace(g, "Maralta", width * 3 / 5, height * 3 / 5, Color.WHITE);
        DemoCanvas.text(g, "RAIN RADAR  2 MAR 14:00", 22, true, Color.WHITE, 24, 40);
        g.dispose();
        return image;
    }

    /** A street map of Maralta; {@code shelters} marks the open shelters instead of shading the flood zone. */
    static BufferedImage cityMap(int width, int height, boolean shelters) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        g.setColor(LAND);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 255, 255));
        g.setStroke(new BasicStroke(6));
        for (int x = 60; x < width; x += 120) {
            g.drawLine(x, 0, x + 40, height);
        }
        for (int y = 50; y < height; y += 100) {
            g.drawLine(0, y, width, y - 30);
        }
        drawRiver(g, width, height, RIVER, 46);
        if (!shelters) {
            g.setColor(new Color(40, 100, 200, 90));
            Path2D zone = new Path2D.Double();
            zone.moveTo(width * 0.30, height * 0.35);
            zone.curveTo(width * 0.45, height * 0.30, width * 0.60, height * 0.50, width * 0.78, height * 0.52);
            zone.lineTo(width * 0.80, height * 0.80);
            zone.curveTo(width * 0.60, height * 0.85, width * 0.40, height * 0.70, width * 0.26, height * 0.62);
            zone.closePath();
            g.fill(zone);
            g.setColor(new Color(30, 80, 170));
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, new float[] {10, 6}, 0));
            g.draw(zone);
        }
        g.setStroke(new BasicStroke(2));
        drawPlace(g, "OLD QUARTER", (int) (width * 0.42), (int) (height * 0.55), INK);
        drawPlace(g, "HARBOUR ROAD", (int) (width * 0.66), (int) (height * 0.72), INK);
        drawPlace(g, "NORTH BANK", (int) (width * 0.30), (int) (height * 0.18), INK);
        drawPlace(g, "HILL ROAD", (int) (width * 0.80), (int) (height * 0.20), INK);
        drawPlace(g, "Tamar Bridge", (int) (width * 0.55), (int) (height * 0.40), INK);
        if (shelters) {
            drawShelter(g, "Eastgate School", (int) (width * 0.86), (int) (height * 0.36));
            drawShelter(g, "Civic Hall", (int) (width * 0.20), (int) (height * 0.30));
            drawShelter(g, "St Anne's Hall", (int) (width * 0.72), (int) (height * 0.12));
        }
        String title = shelters ? "MARALTA  OPEN SHELTERS" : "MARALTA  STREETS AT RISK OF FLOODING";
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(20, height - 70, width - 40, 50);
        DemoCanvas.text(g, title, 24, true, INK, 36, height - 36);
        DemoCanvas.text(g, "community map, not official", 14, false, new Color(110, 110, 110), width - 240, height - 38);
        g.dispose();
        return image;
    }

    private static void drawRiver(Graphics2D g, int width, int height, Color color, float thickness) {
        Path2D river = new Path2D.Double();
        river.moveTo(-20, height * 0.25);
        river.curveTo(width * 0.3, height * 0.2, width * 0.35, height * 0.6, width * 0.6, height * 0.55);
        river.curveTo(width * 0.8, height * 0.5, width * 0.85, height * 0.8, width + 20, height * 0.9);
        g.setColor(color);
        g.setStroke(new BasicStroke(thickness, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(river);
    }

    private static void drawPlace(Graphics2D g, String name, int x, int y, Color color) {
        g.setColor(color);
        g.fill(new Ellipse2D.Double(x - 5, y - 5, 10, 10));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(name, x + 10, y + 6);
    }

    private static void drawShelter(Graphics2D g, String name, int x, int y) {
        g.setColor(new Color(40, 150, 70));
        g.fill(new Ellipse2D.Double(x - 16, y - 16, 32, 32));
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        g.drawString("+", x - 6, y + 7);
        DemoCanvas.text(g, name, 18, true, new Color(20, 100, 40), x - 60, y + 38);
    }
}
