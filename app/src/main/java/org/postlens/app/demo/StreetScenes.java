package org.postlens.app.demo;

import static org.postlens.app.demo.DemoCanvas.withAlpha;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Stylised photographs of the flood: streets, a rescue boat, the dam, a shelter, a kitchen, a closed bridge. */
final class StreetScenes {

    enum Light {
        MORNING(new Color(176, 190, 204), new Color(226, 228, 222)),
        OVERCAST(new Color(112, 122, 134), new Color(170, 176, 182)),
        SUNNY(new Color(96, 158, 222), new Color(206, 228, 244)),
        FADED(new Color(150, 140, 120), new Color(205, 195, 170));

        final Color skyTop;
        final Color skyBottom;

        Light(Color skyTop, Color skyBottom) {
            this.skyTop = skyTop;
            this.skyBottom = skyBottom;
        }
    }

    private static final Color[] FACADES = {
        new Color(214, 196, 168), new Color(190, 120, 96), new Color(232, 220, 196), new Color(160, 170, 150),
        new Color(204, 170, 120), new Color(176, 150, 140), new Color(220, 206, 180), new Color(150, 160, 176),
    };

    private StreetScenes() {
    }

    /** A flooded street between two rows of houses. {@code cars} adds half-submerged cars (the 2019 archive shot). */
    static BufferedImage floodedStreet(int width, int height, long seed, Light light, boolean cars, boolean rain) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        Random random = new Random(seed);
        int waterline = (int) (height * (0.58 + random.nextDouble() * 0.06));
        DemoCanvas.verticalGradient(g, 0, 0, width, waterline, light.skyTop, light.skyBottom);
        drawFacades(g, random, width, waterline, light == Light.FADED);
        drawWater(g, random, width, height, waterline);
        if (cars) {
            drawSubmergedCars(g, random, width, waterline);
        }
        drawLampPosts(g, random, width, height, waterline);
        if (rain) {
            drawRain(g, random, width, height);
        }
        if (light == Light.FADED) {
            DemoCanvas.text(g, "\u00a9 T. Rivers 2019", 16, false, new Color(255, 255, 255, 200), width - 160, height - 14);
        }
        g.dispose();
        return image;
    }

    static BufferedImage rescueBoat(int width, int height, long seed) {
        BufferedImage image = floodedStreet(width, height, seed, Light.OVERCAST, false, false);
        Graphics2D g = DemoCanvas.graphics(image);
        int waterY = (int) (height * 0.72);
        int left = width / 4;
        int right = left + width / 2;
        Path2D hull = new Path2D.Double();
        hull.moveTo(left, waterY - 40);
        hull.lineTo(right, waterY - 40);
        hull.lineTo(right - 50, waterY + 30);
        hull.lineTo(left + 30, waterY + 30);
        hull.closePath();
        g.setColor(new Color(232, 106, 36));
        g.fill(hull);
        g.setColor(new Color(90, 40, 20));
        g.setStroke(new BasicStroke(4));
        g.draw(hull);
        Random random = new Random(seed + 1);
        for (int i = 0; i < 4; i++) {
            int x = left + 60 + i * (right - left - 120) / 3;
            drawFigure(g, x, waterY - 40, i % 2 == 0 ? new Color(250, 140, 30) : new Color(240, 200, 40),
                    new Color(120 + random.nextInt(80), 90, 70));
        }
        g.setColor(new Color(255, 255, 255, 150));
        for (int i = 0; i < 6; i++) {
            g.drawArc(left - 80 - i * 30, waterY + 10 + i * 6, 120, 20, 0, 180);
        }
        g.dispose();
        return image;
    }

    static BufferedImage damAtNight(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, new Color(14, 22, 44), new Color(40, 52, 80));
        g.setColor(new Color(30, 44, 36));
        g.fillPolygon(new int[] {0, width / 5, width / 3, 0}, new int[] {height / 3, height / 4, height, height}, 4);
        g.fillPolygon(new int[] {width, width * 4 / 5, width * 2 / 3, width}, new int[] {height / 3, height / 4, height, height}, 4);
        Polygon wall = new Polygon(new int[] {width / 6, width * 5 / 6, width * 3 / 4, width / 4},
                new int[] {height / 3, height / 3, height * 5 / 6, height * 5 / 6}, 4);
        g.setColor(new Color(150, 154, 160));
        g.fill(wall);
        g.setColor(new Color(120, 124, 130));
        for (int y = height / 3 + 30; y < height * 5 / 6; y += 36) {
            int inset = (y - height / 3) * (width / 12) / (height / 2);
            g.drawLine(width / 6 + inset, y, width * 5 / 6 - inset, y);
        }
        Random random = new Random(41);
        int spillLeft = width * 2 / 5;
        int spillRight = width * 3 / 5;
        for (int i = 0; i < 220; i++) {
            int x = spillLeft + random.nextInt(spillRight - spillLeft);
            int y = height / 3 + random.nextInt(height / 2);
            g.setColor(new Color(230, 240, 255, 90 + random.nextInt(120)));
            g.drawLine(x, y, x + random.nextInt(3) - 1, y + 20 + random.nextInt(30));
        }
        g.setColor(new Color(255, 230, 150));
        for (int i = 0; i < 7; i++) {
            int x = width / 6 + 20 + i * (width * 2 / 3 - 40) / 6;
            g.fill(new Ellipse2D.Double(x - 6, height / 3 - 14, 12, 12));
            g.setColor(new Color(255, 230, 150, 40));
            g.fill(new Ellipse2D.Double(x - 30, height / 3 - 38, 60, 60));
            g.setColor(new Color(255, 230, 150));
        }
        g.setColor(new Color(20, 40, 70));
        g.fillRect(0, height * 5 / 6, width, height / 6);
        g.dispose();
        return image;
    }

    static BufferedImage shelterHall(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height / 2, new Color(222, 214, 196), new Color(200, 192, 176));
        DemoCanvas.verticalGradient(g, 0, height / 2, width, height / 2, new Color(170, 130, 90), new Color(120, 86, 56));
        g.setColor(new Color(40, 90, 150));
        g.fillRect(width / 6, 40, width * 2 / 3, 70);
        DemoCanvas.centred(g, "EASTGATE SCHOOL SHELTER", DemoCanvas.fitted(g, "EASTGATE SCHOOL SHELTER", 44, width * 2 / 3 - 40),
                Color.WHITE, width / 2, 92);
        Color[] blankets = {new Color(70, 110, 170), new Color(180, 70, 60), new Color(90, 150, 90), new Color(220, 180, 60)};
        for (int row = 0; row < 4; row++) {
            double scale = 0.6 + row * 0.18;
            int cotWidth = (int) (110 * scale);
            int cotHeight = (int) (46 * scale);
            int y = height / 2 + 20 + row * (int) (70 * scale);
            int count = (int) (width / (cotWidth * 1.5));
            for (int i = 0; i < count; i++) {
                int x = (int) (i * cotWidth * 1.5 + (row % 2) * cotWidth * 0.5);
                g.setColor(new Color(70, 76, 84));
                g.fillRect(x, y + cotHeight, cotWidth, (int) (8 * scale));
                g.setColor(blankets[(i + row) % blankets.length]);
                g.fill(new RoundRectangle2D.Double(x, y, cotWidth, cotHeight, 10, 10));
                g.setColor(new Color(245, 245, 240));
                g.fill(new RoundRectangle2D.Double(x + 4, y + 4, cotWidth / 4.0, cotHeight - 8, 8, 8));
            }
        }
        g.dispose();
        return image;
    }

    static BufferedImage volunteerKitchen(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height, new Color(236, 226, 206), new Color(196, 180, 150));
        g.setColor(new Color(150, 60, 40));
        g.fillRect(width / 5, 36, width * 3 / 5, 64);
        DemoCanvas.centred(g, "CIVIC HALL KITCHEN", DemoCanvas.fitted(g, "CIVIC HALL KITCHEN", 42, width * 3 / 5 - 40),
                Color.WHITE, width / 2, 82);
        int tableY = height * 3 / 5;
        g.setColor(new Color(120, 84, 50));
        g.fillRect(40, tableY, width - 80, 26);
        g.fillRect(70, tableY + 26, 16, height - tableY - 40);
        g.fillRect(width - 86, tableY + 26, 16, height - tableY - 40);
        for (int i = 0; i < 3; i++) {
            int potWidth = width / 5;
            int x = width / 8 + i * (width * 3 / 10);
            int potHeight = potWidth * 2 / 3;
            g.setColor(new Color(150, 156, 164));
            g.fillRect(x, tableY - potHeight, potWidth, potHeight);
            g.setColor(new Color(190, 196, 204));
            g.fill(new Ellipse2D.Double(x, tableY - potHeight - 14, potWidth, 28));
            g.setColor(new Color(100, 104, 110));
            g.fillRect(x - 16, tableY - potHeight + 20, 16, 10);
            g.fillRect(x + potWidth, tableY - potHeight + 20, 16, 10);
            g.setColor(new Color(255, 255, 255, 120));
            g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int s = 0; s < 3; s++) {
                Path2D steam = new Path2D.Double();
                int sx = x + potWidth / 4 + s * potWidth / 4;
                steam.moveTo(sx, tableY - potHeight - 20);
                steam.curveTo(sx - 20, tableY - potHeight - 60, sx + 20, tableY - potHeight - 90, sx, tableY - potHeight - 130);
                g.draw(steam);
            }
        }
        g.dispose();
        return image;
    }

    static BufferedImage closedBridge(int width, int height) {
        BufferedImage image = DemoCanvas.blank(width, height);
        Graphics2D g = DemoCanvas.graphics(image);
        DemoCanvas.verticalGradient(g, 0, 0, width, height / 2, Light.SUNNY.skyTop, Light.SUNNY.skyBottom);
        DemoCanvas.verticalGradient(g, 0, height / 2, width, height / 2, new Color(130, 110, 70), new Color(96, 80, 52));
        g.setColor(new Color(120, 120, 116));
        g.fillRect(0, height / 2 - 30, width, 30);
        for (int x = 40; x < width; x += 160) {
            g.fillRect(x, height / 2, 28, height / 4);
        }
        g.setColor(new Color(60, 60, 64));
        g.fillPolygon(new int[] {width * 2 / 5, width * 3 / 5, width, 0}, new int[] {height / 2, height / 2, height, height}, 4);
        int barrierY = height * 3 / 4;
        int stripe = 40;
        for (int x = width / 6, i = 0; x < width * 5 / 6; x += stripe, i++) {
            g.setColor(i % 2 == 0 ? new Color(210, 40, 40) : Color.WHITE);
            g.fillRect(x, barrierY, stripe, 36);
        }
        g.setColor(new Color(50, 50, 50));
        g.fillRect(width / 6 + 10, barrierY + 36, 10, 60);
        g.fillRect(width * 5 / 6 - 20, barrierY + 36, 10, 60);
        int signWidth = width / 2;
        int signX = width / 4;
        int signY = barrierY - 170;
        g.setColor(new Color(250, 250, 250));
        g.fillRect(signX, signY, signWidth, 140);
        g.setColor(new Color(210, 40, 40));
        g.setStroke(new BasicStroke(8));
        g.drawRect(signX + 6, signY + 6, signWidth - 12, 128);
        DemoCanvas.centred(g, "TAMAR BRIDGE CLOSED", DemoCanvas.fitted(g, "TAMAR BRIDGE CLOSED", 46, signWidth - 50),
                new Color(180, 20, 20), width / 2, signY + 64);
        DemoCanvas.centred(g, "USE NORTH ROAD", DemoCanvas.fitted(g, "USE NORTH ROAD", 34, signWidth - 80),
                new Color(30, 30, 30), width / 2, signY + 114);
        g.dispose();
        return image;
    }

    private static void drawFacades(Graphics2D g, Random random, int width, int waterline, boolean faded) {
        int x = 0;
        while (x < width) {
            int houseWidth = 110 + random.nextInt(90);
            int houseTop = (int) (waterline * (0.12 + random.nextDouble() * 0.3));
            Color facade = FACADES[random.nextInt(FACADES.length)];
            if (faded) {
                facade = new Color((facade.getRed() + 200) / 2, (facade.getGreen() + 180) / 2, (facade.getBlue() + 140) / 2);
            }
            g.setColor(facade);
            g.fillRect(x, houseTop, houseWidth, waterline - houseTop);
            g.setColor(facade.darker());
            g.fillRect(x, houseTop - 10, houseWidth, 12);
            g.setColor(new Color(60, 70, 84));
            for (int wy = houseTop + 30; wy < waterline - 50; wy += 70) {
                for (int wx = x + 18; wx < x + houseWidth - 36; wx += 44) {
                    g.fillRect(wx, wy, 24, 36);
                }
            }
            g.setColor(facade.darker().darker());
            g.drawLine(x + houseWidth - 1, houseTop, x + houseWidth - 1, waterline);
            x += houseWidth;
        }
    }

    private static void drawWater(Graphics2D g, Random random, int width, int height, int waterline) {
        DemoCanvas.verticalGradient(g, 0, waterline, width, height - waterline, new Color(122, 100, 66), new Color(84, 70, 48));
        g.setColor(new Color(255, 255, 255, 40));
        g.fillRect(0, waterline, width, 5);
        for (int i = 0; i < 140; i++) {
            int y = waterline + 10 + random.nextInt(height - waterline - 10);
            int length = 20 + random.nextInt(60) * (y - waterline) / (height - waterline + 1) + 10;
            int x = random.nextInt(width);
            g.setColor(new Color(220, 200, 160, 50 + random.nextInt(60)));
            g.drawLine(x, y, x + length, y);
        }
    }

    private static void drawSubmergedCars(Graphics2D g, Random random, int width, int waterline) {
        Color[] paints = {new Color(180, 30, 30), new Color(220, 220, 220), new Color(40, 70, 130), new Color(50, 50, 50)};
        for (int i = 0; i < 4; i++) {
            int carWidth = 150 + random.nextInt(40);
            int x = 40 + i * (width - 80) / 4 + random.nextInt(30);
            int y = waterline + 30 + random.nextInt(60);
            g.setColor(paints[i]);
            g.fill(new RoundRectangle2D.Double(x, y - 34, carWidth, 50, 30, 30));
            g.setColor(new Color(150, 180, 200));
            g.fillRect(x + 24, y - 28, carWidth / 2 - 30, 20);
            g.fillRect(x + carWidth / 2 + 6, y - 28, carWidth / 2 - 30, 20);
            DemoCanvas.verticalGradient(g, x - 10, y, carWidth + 20, 30, new Color(122, 100, 66), new Color(110, 92, 60));
        }
    }

    private static void drawLampPosts(Graphics2D g, Random random, int width, int height, int waterline) {
        g.setColor(new Color(40, 44, 50));
        for (int i = 0; i < 3; i++) {
            int x = width / 6 + i * width / 3 + random.nextInt(60);
            int top = waterline - 170 - random.nextInt(40);
            g.fillRect(x, top, 10, waterline - top + 30);
            g.fillRect(x - 20, top, 50, 8);
            g.setColor(new Color(250, 236, 180));
            g.fillOval(x + 18, top + 6, 14, 10);
            g.setColor(new Color(40, 44, 50, 110));
            g.fillRect(x, waterline + 34, 10, 60);
            g.setColor(new Color(40, 44, 50));
        }
    }

    private static void drawRain(Graphics2D g, Random random, int width, int height) {
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 500; i++) {
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            g.setColor(new Color(230, 236, 244, 60 + random.nextInt(70)));
            g.drawLine(x, y, x - 6, y + 22);
        }
    }

    private static void drawFigure(Graphics2D g, int x, int feetY, Color vest, Color skin) {
        g.setColor(skin);
        g.fill(new Ellipse2D.Double(x - 13, feetY - 96, 26, 26));
        g.setColor(vest);
        g.fill(new RoundRectangle2D.Double(x - 20, feetY - 70, 40, 56, 12, 12));
        g.setColor(withAlpha(Color.WHITE, 200));
        g.fillRect(x - 20, feetY - 50, 40, 6);
    }
}
