import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the demo film's poster: a plainly marked placeholder (no studio artwork), a dusk
 * gradient with the title and the word PLACEHOLDER, so the project may ship it. Run with
 * {@code java tools/DemoPoster.java src/main/resources/demo/tt3783958-poster.png}.
 */
public class DemoPoster {

	public static void main(String[] args) throws IOException {
		System.setProperty("java.awt.headless", "true");
		int width = 600;
		int height = 900;
		BufferedImage poster = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = poster.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(0x1B1F4B), 0, height, new Color(0xC9508A)));
		g.fillRect(0, 0, width, height);
		g.setColor(new Color(255, 255, 255, 40));
		for (int star = 0; star < 60; star++) {
			int x = (star * 97) % width;
			int y = (star * 53) % (height / 2);
			g.fillOval(x, y, 3, 3);
		}
		g.setColor(new Color(0x0E0F2A));
		g.fillRect(0, height - 180, width, 180);
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(6));
		g.drawRect(24, 24, width - 48, height - 48);
		centered(g, "LA LA LAND", new Font(Font.SANS_SERIF, Font.BOLD, 72), 330);
		centered(g, "2016", new Font(Font.SANS_SERIF, Font.PLAIN, 40), 400);
		g.setColor(new Color(0xFFD166));
		centered(g, "PLACEHOLDER POSTER", new Font(Font.SANS_SERIF, Font.BOLD, 40), height - 110);
		g.setColor(Color.WHITE);
		centered(g, "drawn for Marquee's demo data, not the film's artwork",
				new Font(Font.SANS_SERIF, Font.PLAIN, 18), height - 65);
		g.dispose();
		ImageIO.write(poster, "png", new File(args[0]));
	}

	private static void centered(Graphics2D g, String text, Font font, int baseline) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		g.drawString(text, (g.getClipBounds() == null ? 600 : g.getClipBounds().width) / 2 - metrics.stringWidth(text) / 2,
				baseline);
	}

}
