package io.switchboard.host.testing.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real in-process IMAP/SMTP server for host tests and the email benchmark: GreenMail and
 * Jakarta Mail in a class loader of their own (jars from {@code switchboard.test.mail-libs}),
 * driven through {@link GreenMailKit}. The host and the plugins never see these classes, so
 * the email plugin loads Jakarta Mail from its own zip exactly as in production.
 */
public final class MailServer implements AutoCloseable {

    private final URLClassLoader loader;
    private final Object kit;

    private MailServer(URLClassLoader loader, Object kit) {
        this.loader = loader;
        this.kit = kit;
    }

    /** Starts a server on free loopback ports. */
    public static MailServer start() {
        URLClassLoader loader = new URLClassLoader("greenmail", urls(), ClassLoader.getPlatformClassLoader());
        try {
            Object kit = loader.loadClass(GreenMailKit.class.getName()).getConstructor().newInstance();
            return new MailServer(loader, kit);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("GreenMail could not be started: " + e, e);
        }
    }

    private static URL[] urls() {
        String dir = System.getProperty("switchboard.test.mail-libs");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("switchboard.test.mail-libs must name the GreenMail jars (run through"
                    + " Maven, which copies them to host/target/mail-test-lib)");
        }
        List<URL> urls = new ArrayList<>();
        try (Stream<Path> jars = Files.list(Path.of(dir))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                urls.add(jar.toUri().toURL());
            }
            urls.add(GreenMailKit.class.getProtectionDomain().getCodeSource().getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls.toArray(URL[]::new);
    }

    public int smtpPort() {
        return (Integer) call("smtpPort");
    }

    public int imapPort() {
        return (Integer) call("imapPort");
    }

    public void createUser(String email, String password) {
        call("createUser", email, password);
    }

    /** Sends a plain-text mail over SMTP with the given extra headers. */
    public void send(String from, String to, String subject, String text, Map<String, String> headers) {
        call("send", from, to, subject, text, headers, null, null, null);
    }

    /** Sends a mail with one attachment over SMTP. */
    public void sendWithAttachment(String from, String to, String subject, String text, String filename,
                                   String contentType, byte[] content) {
        call("send", from, to, subject, text, Map.of(), filename, contentType, content);
    }

    /** Sends raw message bytes over SMTP, unchanged. */
    public void sendRaw(byte[] raw, String to) {
        call("sendRaw", raw, to);
    }

    /** Sends raw messages over one SMTP connection, unchanged (fills a mailbox fast). */
    public void sendRawAll(List<byte[]> raws, String to) {
        call("sendRawAll", raws, to);
    }

    /** A user's mailbox read over IMAP: headers by name plus body.text, body.html, body.parts. */
    @SuppressWarnings("unchecked")
    public List<Map<String, String>> inbox(String email, String password) {
        return (List<Map<String, String>>) call("inbox", email, password);
    }

    private Object call(String name, Object... args) {
        Method method = Arrays.stream(kit.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("GreenMailKit has no " + name));
        try {
            return method.invoke(kit, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        call("close");
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
