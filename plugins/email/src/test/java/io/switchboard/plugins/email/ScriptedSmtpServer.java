package io.switchboard.plugins.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A tiny real SMTP server on loopback that answers RCPT TO with a chosen reply, such as
 * {@code 450 4.2.1 Mailbox busy} or {@code 550 5.1.1 User unknown}: the reply codes GreenMail
 * cannot be told to give. Serves connections one at a time until closed.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String rcptReply;
    private final Thread thread;

    ScriptedSmtpServer(String rcptReply) throws IOException {
        this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        this.rcptReply = rcptReply;
        this.thread = new Thread(this::serve, "scripted-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // Closed by the test, or the client hung up: either way, next connection.
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        say(out, "220 scripted.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line;
            switch (command) {
                case "EHLO", "HELO" -> say(out, "250 scripted.test");
                case "MAIL", "RSET", "NOOP" -> say(out, "250 2.0.0 OK");
                case "RCPT" -> say(out, rcptReply);
                case "DATA" -> say(out, "503 5.5.1 No valid recipients");
                case "QUIT" -> {
                    say(out, "221 2.0.0 Bye");
                    return;
                }
                default -> say(out, "502 5.5.2 Command not recognised");
            }
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
