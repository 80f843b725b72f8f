package cn.stampcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the pom's version, written into {@code version.properties} by the build, the same
 * source as the extension's description.xml, so the two never disagree.
 */
public final class Version implements IVersionProvider {

    public static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/cn/stampcheck/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"stampcheck " + number()};
    }
}
