package vn.vbtrace.graph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Where a local port listens, read from the kernel's socket tables (Linux), and whether it accepts. */
final class LoopbackProbe {

    private LoopbackProbe() {
    }

    /** The local addresses of the listening sockets on {@code port}, e.g. "127.0.0.1", "0.0.0.0", "::". */
    static Set<String> listenAddresses(int port) throws IOException {
        Set<String> addresses = new LinkedHashSet<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.trim().split("\\s+");
                // f[1] is ADDRESS:PORT in hex, f[3] the state: 0A is LISTEN.
                if (f.length > 3 && f[3].equals("0A") && f[1].endsWith(":" + hexPort)) {
                    addresses.add(address(f[1].substring(0, f[1].indexOf(':'))));
                }
            }
        }
        return addresses;
    }

    static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** /proc/net/tcp writes an IPv4 address as 8 hex digits in little-endian order. */
    private static String address(String hex) {
        if (hex.length() == 8) {
            return Integer.parseInt(hex.substring(6, 8), 16) + "." + Integer.parseInt(hex.substring(4, 6), 16) + "."
                    + Integer.parseInt(hex.substring(2, 4), 16) + "." + Integer.parseInt(hex.substring(0, 2), 16);
        }
        // An IPv4-mapped IPv6 address (::ffff:a.b.c.d), as a dual-stack socket bound to 127.0.0.1 shows.
        if (hex.length() == 32 && hex.startsWith("0000000000000000FFFF0000")) {
            return address(hex.substring(24));
        }
        return hex.equals("00000000000000000000000000000000") ? "::" : "ipv6:" + hex;
    }
}
