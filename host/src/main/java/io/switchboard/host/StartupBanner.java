package io.switchboard.host;

import io.switchboard.host.config.HostConfig;

/** What the launcher prints once the desk is up: URL, admin login (once), web chat endpoint. */
final class StartupBanner {

    private StartupBanner() {
    }

    static String render(Switchboard desk, HostConfig config) {
        StringBuilder out = new StringBuilder("\n  Switchboard is running at ").append(desk.publicUrl()).append('\n');
        out.append("  Open it in a browser and sign in with the admin login below.\n");
        out.append("  Widget demo: ").append(desk.publicUrl()).append("/demo/widget (a page with the web chat bubble)\n");
        out.append("  Health:   ").append(desk.publicUrl()).append("/api/v1/health\n");
        out.append("  API docs: ").append(desk.publicUrl()).append("/api/v1/openapi.json\n");
        out.append("  Database: ").append(config.dbUrl() == null ? "embedded H2 in " + config.dataDir().resolve("db")
                : "external (SWITCHBOARD_DB_URL)").append('\n');
        desk.createdAdmin().ifPresentOrElse(admin -> {
            out.append("  Admin login: ").append(admin.email()).append(" / ").append(admin.password()).append('\n');
            if (admin.generated()) {
                out.append("  (password generated and shown only this once; set SWITCHBOARD_ADMIN_PASSWORD to"
                        + " choose it)\n");
            }
        }, () -> out.append("  Admin login: the admin account created on first start\n"));
        desk.createdWebChat().ifPresent(chat -> out.append("  Web chat created: ").append(chat.webhookUrl())
                .append("/widget.js\n"));
        return out.toString();
    }
}
