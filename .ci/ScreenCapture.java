import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.io.File;
import javax.imageio.ImageIO;

/** Saves the whole X display named by DISPLAY as a PNG: java .ci/ScreenCapture.java OUT.png */
public class ScreenCapture {
    public static void main(String[] args) throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        File out = new File(args[0]);
        out.getAbsoluteFile().getParentFile().mkdirs();
        ImageIO.write(new Robot().createScreenCapture(screen), "png", out);
        System.out.println("screenshot: " + out + " (" + screen.width + "x" + screen.height + ")");
    }
}
