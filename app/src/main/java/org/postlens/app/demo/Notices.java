package org.postlens.app.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Signs and graphics with text: evacuation signs, the fake news alert, the fact-check card, the tonic ad. */
final class Notices {

    private static final Color SIGN_GREEN = new Color(0, 122, 76);

    private Notices() {
    }

    /** A green street sign on a pole in the rain; {@code destination} and {@code arrowRight} vary the two signs. */
    static BufferedImage evacuationRoute(int width, int height, String destination, boolean arrowRight, long seed) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, new Color(120, 128, 138), new Color(70, 76, 84));
        g.setColor(new Color(60, 60, 64));
        g.fillRect(width / 2 - 10, height / 2, 20, height / 2);
        int signWidth = width * 3 / 4;
        int signHeight = height / 2;
        int x = (width - signWidth) / 2;
        int y = height / 8;
        g.setColor(SIGN_GREEN);
        g.fill(new RoundRectangle2D.Double(x, y, signWidth, signHeight, 30, 30));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.draw(new RoundRectangle2D.Double(x + 10, y + 10, signWidth - 20, signHeight - 20, 24, 24));
        DemoCanvas.centred(g, "EVACUATION ROUTE", DemoCanvas.fitted(g, "EVACUATION ROUTE", 64, signWidth - 60),
                Color.WHITE, width / 2, y + signHeight / 3 + 10);
        drawArrow(g, width / 2, y + signHeight * 3 / 5, signWidth / 3, arrowRight);
        DemoCanvas.centred(g, destination, DemoCanvas.fitted(g, destination, 36, signWidth - 80),
                Color.WHITE, width / 2, y + signHeight - 36);
        Random random = new Random(seed);
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 400; i++) {
            int rx = random.nextInt(width);
            int ry = random.nextInt(height);
            g.setColor(new Color(230, 236, 244, 50 + random.nextInt(60)));
            g.drawLine(rx, ry, rx - 5, ry + 18);
        }
        g.dispose();
        return image;
    }

    /** The fake alert from the dam rumour: a convincing-looking TV graphic with a wrong clock. */
    static BufferedImage breakingNewsDamCollapse(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, new Color(10, 30, 70), new Color(20, 70, 130));
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            g.setColor(new Color(255, 255, 255, 10 + random.nextInt(20)));
            int w = 200 + random.nextInt(500);
            g.fillRect(random.nextInt(width), random.nextInt(height * 2 / 3), w, 4 + random.nextInt(10));
        }
        g.setColor(new Color(200, 16, 30));
        g.fillRect(0, height / 2 - 40, width, 70);
        DemoCanvas.text(g, "BREAKING NEWS", 48, true, Color.WHITE, 40, height / 2 + 12);
        g.setColor(Color.WHITE);
        g.fillRect(0, height / 2 + 30, width, 110);
        String headline = "KESRA DAM HAS COLLAPSED";
        DemoCanvas.text(g, headline, DemoCanvas.fitted(g, headline, 72, width - 80).getSize(), true, new Color(20, 20, 20),
                40, height / 2 + 112);
        g.setColor(new Color(30, 30, 30));
        g.fillRect(0, height - 60, width, 60);
        DemoCanvas.text(g, "EVACUATE NOW  \u2022  WATER REACHES CITY CENTRE IN 40 MINUTES  \u2022  GO TO HIGH GROUND", 26, true,
                new Color(250, 210, 60), 20, height - 20);
        g.setColor(new Color(200, 16, 30));
        g.fillRect(width - 170, 30, 130, 50);
        DemoCanvas.text(g, "LIVE", 34, true, Color.WHITE, width - 146, 68);
        DemoCanvas.text(g, "03:17", 30, true, Color.WHITE, width - 150, 120);
        g.dispose();
        return image;
    }

    static BufferedImage factCheckDamFalse(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        g.setColor(new Color(244, 244, 240));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 36, 48));
        g.fillRect(0, 0, width, 90);
        DemoCanvas.text(g, "CHECKPOINT FACT DESK", 34, true, Color.WHITE, 40, 58);
        DemoCanvas.text(g, "CLAIM", 22, true, new Color(120, 120, 120), 60, 170);
        DemoCanvas.text(g, "\u201cKesra Dam has collapsed; water reaches", 34, false, new Color(30, 30, 30), 60, 220);
        DemoCanvas.text(g, "the city centre in 40 minutes.\u201d", 34, false, new Color(30, 30, 30), 60, 264);
        DemoCanvas.text(g, "WHAT WE FOUND", 22, true, new Color(120, 120, 120), 60, 350);
        DemoCanvas.text(g, "The dam is intact (Selun Water Authority).", 30, false, new Color(30, 30, 30), 60, 396);
        DemoCanvas.text(g, "River gauge shows no surge. The graphic is", 30, false, new Color(30, 30, 30), 60, 436);
        DemoCanvas.text(g, "made from a news-template app.", 30, false, new Color(30, 30, 30), 60, 476);
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-12), width - 260, 300);
        g.setColor(new Color(200, 30, 30));
        g.setStroke(new BasicStroke(10));
        g.drawRect(width - 400, 220, 290, 130);
        DemoCanvas.centred(g, "FALSE", new Font(Font.SANS_SERIF, Font.BOLD, 96), new Color(200, 30, 30), width - 255, 322);
        g.setTransform(saved);
        g.dispose();
        return image;
    }

    /** The advert from the miracle-cure rumour: loud, cheap-looking, and plainly an ad. */
    static BufferedImage miracleTonicAd(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, new Color(250, 240, 120), new Color(120, 200, 90));
        int bottleX = width / 10;
        int bottleY = height / 5;
        g.setColor(new Color(90, 60, 30));
        g.fill(new RoundRectangle2D.Double(bottleX, bottleY + 80, 180, 320, 40, 40));
        g.fillRect(bottleX + 60, bottleY, 60, 100);
        g.setColor(new Color(200, 40, 40));
        g.fillRect(bottleX + 55, bottleY - 20, 70, 30);
        g.setColor(new Color(250, 246, 230));
        g.fillRect(bottleX + 15, bottleY + 170, 150, 140);
        DemoCanvas.centred(g, "SELUN", new Font(Font.SANS_SERIF, Font.BOLD, 30), new Color(60, 110, 40), bottleX + 90, bottleY + 220);
        DemoCanvas.centred(g, "HERBAL", new Font(Font.SANS_SERIF, Font.BOLD, 24), new Color(60, 110, 40), bottleX + 90, bottleY + 256);
        DemoCanvas.centred(g, "TONIC", new Font(Font.SANS_SERIF, Font.BOLD, 24), new Color(60, 110, 40), bottleX + 90, bottleY + 290);
        int textX = width / 10 + 260;
        DemoCanvas.text(g, "SELUN HERBAL TONIC", DemoCanvas.fitted(g, "SELUN HERBAL TONIC", 60, width - textX - 40).getSize(),
                true, new Color(40, 80, 20), textX, height / 4);
        DemoCanvas.text(g, "PROTECTS AGAINST", 44, true, new Color(190, 30, 30), textX, height / 4 + 90);
        DemoCanvas.text(g, "FLOOD FEVER!", 44, true, new Color(190, 30, 30), textX, height / 4 + 145);
        DemoCanvas.text(g, "100% NATURAL  \u2022  3 SPOONS A DAY", 28, true, new Color(40, 60, 30), textX, height / 4 + 215);
        int starX = width - 170;
        int starY = height - 150;
        Polygon star = new Polygon();
        for (int i = 0; i < 24; i++) {
            double angle = Math.PI * 2 * i / 24;
            double radius = i % 2 == 0 ? 120 : 92;
            star.addPoint(starX + (int) (Math.cos(angle) * radius), starY + (int) (Math.sin(angle) * radius));
        }
        g.setColor(new Color(230, 40, 40));
        g.fill(star);
        DemoCanvas.centred(g, "ORDER", new Font(Font.SANS_SERIF, Font.BOLD, 34), Color.WHITE, starX, starY - 4);
        DemoCanvas.centred(g, "NOW!", new Font(Font.SANS_SERIF, Font.BOLD, 34), Color.WHITE, starX, starY + 34);
        g.dispose();
        return image;
    }

    private static void drawArrow(Graphics2D g, int centreX, int centreY, int length, boolean right) {
        int direction = right ? 1 : -1;
        int tail = centreX - direction * length / 2;
        int head = centreX + direction * length / 2;
        g.setColor(Color.WHITE);
        g.fillRect(Math.min(tail, head - direction * 50), centreY - 14, length - 50, 28);
        g.fillPolygon(new int[] {head, head - direction * 60, head - direction * 60},
                new int[] {centreY, centreY - 40, centreY + 40}, 3);
    }
}
